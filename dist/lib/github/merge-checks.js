/**
 * Keeps `plagentic/<env>` honest when the repository applies on merge: there the check is what
 * branch protection requires (docs/apply-on-merge.md), so it must exist on every pull request
 * and must never wait for anything that only happens after the merge.
 * - Opened or pushed: each environment without a plan on the pull request gets a check: passing
 *   when the pull request leaves its spec as the base branch has it, in progress ("plan it")
 *   when it changes it. A plan then takes the check over (plan-flow, apply-flow).
 * - Planned, and after reviews that are not approvals: the reviews are judged again (review-gate.ts),
 *   so approvals given before the plan pass it, and changes requested or an approval dismissed
 *   after it passed hold the merge back again. (An approval goes through apply-flow's gate.)
 */
import { ENVIRONMENT_PATTERN } from "./commands.js";
import { isFork } from "./environment.js";
import { commandHint } from "./messages.js";
import { readPlanRecords } from "./plan-comments.js";
import { listRepoEnvironments, readRepoSpec, repoConfigOf } from "./repo-config.js";
import { reviewGate } from "./review-gate.js";
import { publishStatus } from "./status.js";
/** Environments beyond this many are left alone: file names come from the pull request. */
const MAX_ENVIRONMENTS = 50;
/** Publishes a check for each environment the pull request has no plan for; returns them. */
export async function publishUnplannedChecks(ctx, number) {
    const rc = await repoConfigOf(ctx);
    if (rc.config.approvals.applyOn !== "merge")
        return [];
    const pr = await ctx.gh.getPullRequest(ctx.repo, number);
    if (pr.state !== "open")
        return [];
    // A workflow run for a fork's pull request has a read-only token: it could not set them.
    if (ctx.mode === "action" && isFork(ctx, pr))
        return [];
    const planned = new Set((await readPlanRecords(ctx, number))
        .filter((s) => s.record.status !== "discarded")
        .map((s) => s.record.environment));
    const names = new Set([
        ...(await listRepoEnvironments(ctx.gh, ctx.repo, rc, pr.baseRef)),
        ...(await listRepoEnvironments(ctx.gh, ctx.repo, rc, pr.headSha)),
    ]);
    const unplanned = [...names]
        .filter((n) => ENVIRONMENT_PATTERN.test(n) && !planned.has(n))
        .sort()
        .slice(0, MAX_ENVIRONMENTS);
    for (const name of unplanned) {
        const head = await readRepoSpec(ctx.gh, ctx.repo, rc, name, pr.headSha);
        const base = await readRepoSpec(ctx.gh, ctx.repo, rc, name, pr.baseRef);
        if (head !== null && head.text !== base?.text)
            await publishStatus(ctx, name, pr.headSha, {
                kind: "awaiting-approval",
                summary: `this pull request changes the spec; comment ${commandHint("plan", name)}, then get the plan approved`,
                canApply: false,
            });
        else
            await publishStatus(ctx, name, pr.headSha, {
                kind: "no-changes",
                summary: head === null
                    ? "this pull request removes the spec; merging applies nothing (its resources stay)"
                    : "this pull request does not change the spec",
            });
    }
    return unplanned;
}
/**
 * Re-evaluates the reviews of each live plan on the head and passes or holds its check: after a
 * plan (approvals may predate it) and after reviews that are not approvals. Returns the
 * environments it updated.
 */
export async function refreshMergeChecks(ctx, number) {
    const rc = await repoConfigOf(ctx);
    if (rc.config.approvals.applyOn !== "merge")
        return [];
    const pr = await ctx.gh.getPullRequest(ctx.repo, number);
    if (pr.state !== "open" || (ctx.mode === "action" && isFork(ctx, pr)))
        return [];
    const updated = [];
    for (const { record } of await readPlanRecords(ctx, number)) {
        if (record.status !== "planned" || !record.hasChanges || record.headSha !== pr.headSha)
            continue;
        const review = await reviewGate(ctx, rc, pr, record);
        await publishStatus(ctx, record.environment, pr.headSha, review.ok
            ? { kind: "approved", summary: `${review.summary}; applies when the pull request merges` }
            : { kind: "awaiting-approval", summary: review.summary, canApply: false });
        updated.push(record.environment);
    }
    return updated;
}
