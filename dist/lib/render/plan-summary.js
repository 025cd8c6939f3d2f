import { scrubControls } from "./values.js";
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
/**
 * The plan with control characters scrubbed (see `scrubControls`) everywhere but in its long lists:
 * changes, cost resources, unknown and usage-priced components, findings. A renderer scrubs each
 * item of those where it formats it, so a plan of 100,000 changes costs only what is shown.
 */
export function scrubOutsideLists(plan) {
    const { changes, cost, policy } = plan;
    const head = scrubControls({
        ...plan,
        changes: [],
        cost: { ...cost, resources: [], unknown: [], usageBased: [] },
        policy: { ...policy, findings: [] },
    });
    return {
        ...head,
        changes,
        cost: { ...head.cost, resources: cost.resources, unknown: cost.unknown, usageBased: cost.usageBased },
        policy: { ...head.policy, findings: policy.findings },
    };
}
