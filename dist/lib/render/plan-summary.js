export const NO_CHANGES = "No changes. Your infrastructure matches the configuration.";
/** "Plan: 2 to add, 1 to change, 0 to destroy." — the planner counts a replace as one add and one destroy. */
export function summaryText(summary) {
    return `Plan: ${summary.add} to add, ${summary.change} to change, ${summary.destroy} to destroy.`;
}
export function unsupportedText(plan) {
    if (plan.unsupported.length === 0)
        return undefined;
    return (`Cannot apply: the ${plan.provider} provider cannot apply ${plan.unsupported.join(", ")}. ` +
        "Apply is blocked until the plan no longer needs them.");
}
export function shortCommit(commit) {
    return commit === null ? undefined : commit.slice(0, 7);
}
