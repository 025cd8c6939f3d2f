export function renderPlanJson(plan) {
    return `${JSON.stringify(plan, null, 2)}\n`;
}
