/**
 * Applying when a pull request merges into the default branch (`approvals.apply_on: merge`).
 * Each plan record on the pull request goes through apply-flow's gate, judged on the final head:
 * planned, passed policy, has changes, made for the head; its intent re-read; approvals on the
 * head by others than the requester and the pushers, each approver authorized to apply; this
 * pull request holds the lock. Then merge-apply-run.ts applies it from the merge commit.
 *
 * A refusal is said on the pull request and discards the plan, so a redelivered `closed` event
 * stays quiet; a plan taken or applied already is skipped, which makes redelivery apply nothing.
 * Only a failed or interrupted apply keeps its environment locked (the caller releases the rest).
 */
import { authorizeActor } from "./access.js";
import { isFork } from "./environment.js";
import { createLocks, holderFor } from "./locks.js";
import { notAppliedBanner, notAppliedOnMerge } from "./merge-messages.js";
import { reportInterrupted, runMergeApply } from "./merge-apply-run.js";
import { readPlanRecords, updatePlanRecord } from "./plan-comments.js";
import { reply } from "./replies.js";
import { repoConfigOf } from "./repo-config.js";
import { reviewGate } from "./review-gate.js";
import { publishStatus } from "./status.js";
export async function applyOnMerge(ctx, number, merger) {
    const none = { applies: [], keepLocked: [] };
    const rc = await repoConfigOf(ctx);
    if (rc.config.approvals.applyOn !== "merge")
        return none;
    // The payload says little we trust: merged, the base and the merge commit come from GitHub.
    const pr = await ctx.gh.getPullRequest(ctx.repo, number);
    if (!pr.merged || pr.mergeCommitSha === null)
        return none;
    const stickies = await readPlanRecords(ctx, number);
    const merged = { pr, mergeCommitSha: pr.mergeCommitSha, merger };
    const out = { applies: [], keepLocked: [] };
    for (const sticky of stickies) {
        const { record } = sticky;
        if (record.status === "applying") {
            // No earlier delivery still runs (the App runs one event per repository at a time, the
            // Action's workflow one run per pull request), so that apply stopped half way.
            await reportInterrupted(ctx, {
                pr,
                mergeCommitSha: merged.mergeCommitSha,
                sticky,
                destroy: record.destroy,
                actor: record.requester,
            });
            out.keepLocked.push(record.environment);
            continue;
        }
        if (record.status === "failed")
            out.keepLocked.push(record.environment);
        if (["applied", "failed", "discarded"].includes(record.status)) {
            // Taken care of by an earlier delivery of this event (or discarded before the merge).
            ctx.log.info(`plan for ${record.environment} on #${number} is ${record.status}; not applied on merge`);
            continue;
        }
        if (record.status === "planned" && !record.hasChanges && record.headSha === pr.headSha)
            continue;
        const gate = await gateOf(ctx, rc, merged, sticky);
        if (!gate.ok) {
            await refuse(ctx, merged, sticky, gate.reason);
            continue;
        }
        const done = await runMergeApply(ctx, rc, {
            pr,
            mergeCommitSha: merged.mergeCommitSha,
            sticky,
            destroy: gate.destroy,
            actor: merger?.login ?? record.requester,
        });
        out.applies.push(done.outcome);
        if (done.keepLock)
            out.keepLocked.push(record.environment);
    }
    return out;
}
/** apply-flow's gate, for the final head of a merged pull request. */
async function gateOf(ctx, rc, m, sticky) {
    const { record } = sticky;
    const env = record.environment;
    const { pr } = m;
    if (pr.baseRef !== rc.defaultBranch)
        return { ok: false, reason: `it was merged into ${pr.baseRef}, not the default branch` };
    if (isFork(ctx, pr))
        return { ok: false, reason: "pull requests from forks never apply" };
    if (record.status === "blocked" || record.policy === "fail")
        return { ok: false, reason: "the plan fails policy" };
    if (record.status !== "planned" || record.headSha !== pr.headSha)
        return {
            ok: false,
            reason: `the plan is stale: it was made for ${record.headSha.slice(0, 7)}, and the pull request merged at ${pr.headSha.slice(0, 7)}`,
        };
    const review = await reviewGate(ctx, rc, pr, record);
    if (!review.ok)
        return { ok: false, reason: review.reason };
    // The approvals authorize the apply; with none required, whoever merged must be allowed to.
    if (review.approvers.length === 0) {
        if (!m.merger)
            return { ok: false, reason: "nobody approved it, and who merged is unknown" };
        const access = await authorizeActor(ctx, rc, { verb: "apply", environment: env, actor: m.merger, pr });
        if (!access.ok)
            return { ok: false, reason: access.reason };
    }
    const held = await createLocks(ctx.gh, ctx.repo).acquire(env, holderFor(pr, env, record.requester, ctx.now()));
    if (!held.acquired)
        return { ok: false, reason: `${env} is locked by #${held.heldBy.pr}` };
    return { ok: true, destroy: review.destroy };
}
/** Says why on the pull request and discards the plan, so nothing can apply it later. */
async function refuse(ctx, m, sticky, reason) {
    const env = sticky.record.environment;
    ctx.log.info(`not applying ${env} on merge of #${m.pr.number}: ${reason}`);
    await updatePlanRecord(ctx, sticky, { ...sticky.record, status: "discarded" }, notAppliedBanner(reason));
    await publishStatus(ctx, env, m.pr.headSha, { kind: "apply-failed", summary: `not applied: ${reason}` });
    await reply(ctx, m.pr.number, notAppliedOnMerge(env, reason));
}
