import { createLocks } from "./locks.js";
import { applyOnMerge } from "./merge-apply.js";
import { staleBanner } from "./messages.js";
import { readPlanRecords, updatePlanRecord } from "./plan-comments.js";
import { planIntent } from "./intent.js";
import { planOnPullRequest } from "./plan-flow.js";
import { destroyPullRequestPreviews } from "./preview-destroy.js";
import { repoConfigOf } from "./repo-config.js";
import { publishStatus } from "./status.js";
export async function onPullRequestPushed(ctx, number, headSha, pusher) {
    const stickies = await readPlanRecords(ctx, number);
    const live = stickies.filter((s) => s.record.headSha !== headSha && (s.record.status === "planned" || s.record.status === "blocked"));
    for (const sticky of live) {
        const env = sticky.record.environment;
        await updatePlanRecord(ctx, sticky, { ...sticky.record, status: "stale" }, staleBanner(headSha));
        await publishStatus(ctx, env, headSha, {
            kind: "stale",
            summary: `plan was made for ${sticky.record.headSha.slice(0, 7)}; plan again`,
        });
    }
    if (live.length === 0)
        return [];
    const rc = await repoConfigOf(ctx);
    if (!rc.config.github.autoplan)
        return [];
    const outcomes = [];
    const pr = await ctx.gh.getPullRequest(ctx.repo, number);
    for (const sticky of live) {
        // The automatic plan stays the original requester's, asked by the same comment (so its verb
        // still decides whether it destroys), and whoever pushed can no more approve it than they.
        const intent = await planIntent(ctx, pr, sticky.record);
        if (!intent.ok)
            continue;
        const outcome = await planOnPullRequest(ctx, {
            number,
            environment: sticky.record.environment,
            requester: sticky.record.requester,
            commandCommentId: sticky.record.commandCommentId,
            destroy: intent.destroy,
            pushedBy: [...(sticky.record.pushedBy ?? []), ...(pusher ? [pusher] : [])],
        });
        if (outcome)
            outcomes.push(outcome);
    }
    return outcomes;
}
/**
 * Applies on merge first (merge-apply.ts), then releases every lock the PR holds but those of
 * failed applies; plans on a closed PR can no longer be applied.
 */
export async function onPullRequestClosed(ctx, number, closedBy = null) {
    const { applies, keepLocked } = await applyOnMerge(ctx, number, closedBy);
    // A failed destroy keeps its registry entry, and the next scheduled tick tries again.
    await destroyPullRequestPreviews(ctx, number).catch((e) => {
        ctx.log.error(`destroying the previews of #${number}: ${String(e)}`);
    });
    const stickies = await readPlanRecords(ctx, number);
    const environments = [...new Set(stickies.map((s) => s.record.environment))].filter((e) => !keepLocked.includes(e));
    const released = await createLocks(ctx.gh, ctx.repo).releaseAllForPr(number, environments);
    if (released.length > 0)
        ctx.log.info(`released locks on ${released.join(", ")} held by #${number}`);
    return { released, applies };
}
