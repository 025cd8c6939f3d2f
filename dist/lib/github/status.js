import { neutralize } from "./neutralize.js";
import { repoConfigOf } from "./repo-config.js";
/** The check run's button id; the environment travels as the check run's external id. */
export const APPLY_ACTION = "apply";
export function statusName(environment) {
    return `plagentic/${environment}`;
}
export async function publishStatus(ctx, environment, sha, state, detailsText) {
    const name = statusName(environment);
    const title = TITLES[state.kind];
    if (ctx.mode === "app") {
        const done = state.kind !== "applying" && !(await blocksMerge(ctx, state));
        await ctx.gh.createCheckRun(ctx.repo, {
            name,
            headSha: sha,
            status: done ? "completed" : "in_progress",
            ...(done && { conclusion: CONCLUSIONS[state.kind] }),
            title,
            summary: neutralize(state.summary),
            ...(detailsText !== undefined && { text: neutralize(detailsText) }),
            ...(state.kind === "awaiting-approval" &&
                state.canApply && {
                actions: [
                    {
                        label: "Apply",
                        description: `Apply the approved plan to ${environment}`.slice(0, 40),
                        identifier: APPLY_ACTION,
                    },
                ],
            }),
            externalId: environment,
        });
        return;
    }
    await ctx.gh.createCommitStatus(ctx.repo, {
        sha,
        context: name,
        state: STATUS_STATES[state.kind],
        description: `${title}: ${state.summary}`.slice(0, 140),
    });
}
/** A state that must hold back a merge that would apply: only pending ones, which are neutral otherwise. */
async function blocksMerge(ctx, state) {
    if (state.kind !== "awaiting-approval" && state.kind !== "stale")
        return false;
    return (await repoConfigOf(ctx)).config.approvals.applyOn === "merge";
}
const TITLES = {
    "awaiting-approval": "Plan ready, awaiting approval",
    approved: "Approved; applies when merged",
    "no-changes": "No changes",
    "policy-failed": "Policy failed",
    stale: "Plan is stale",
    applying: "Applying",
    applied: "Applied",
    "apply-failed": "Apply failed",
};
const CONCLUSIONS = {
    "awaiting-approval": "neutral",
    approved: "success",
    "no-changes": "success",
    "policy-failed": "failure",
    stale: "neutral",
    applying: "neutral",
    applied: "success",
    "apply-failed": "failure",
};
const STATUS_STATES = {
    "awaiting-approval": "pending",
    approved: "success",
    "no-changes": "success",
    "policy-failed": "failure",
    stale: "pending",
    applying: "pending",
    applied: "success",
    "apply-failed": "failure",
};
