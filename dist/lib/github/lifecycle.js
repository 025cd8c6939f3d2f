import { createLocks } from "./locks.js";
import { staleBanner } from "./messages.js";
import { readPlanRecords, updatePlanRecord } from "./plan-comments.js";
import { planOnPullRequest } from "./plan-flow.js";
import { repoConfigOf } from "./repo-config.js";
import { publishStatus } from "./status.js";
export async function onPullRequestPushed(ctx, number, headSha) {
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
    for (const sticky of live) {
        // An automatic plan is the PR author's request, so their own approval never counts for it.
        const outcome = await planOnPullRequest(ctx, {
            number,
            environment: sticky.record.environment,
            requester: (await ctx.gh.getPullRequest(ctx.repo, number)).author,
            commandCommentId: null,
            destroy: sticky.record.destroy,
        });
        if (outcome)
            outcomes.push(outcome);
    }
    return outcomes;
}
/** Releases every lock the PR holds; plans on a closed PR can no longer be applied. */
export async function onPullRequestClosed(ctx, number) {
    const stickies = await readPlanRecords(ctx, number);
    const environments = [...new Set(stickies.map((s) => s.record.environment))];
    const released = await createLocks(ctx.gh, ctx.repo).releaseAllForPr(number, environments);
    if (released.length > 0)
        ctx.log.info(`released locks on ${released.join(", ")} held by #${number}`);
    return released;
}
