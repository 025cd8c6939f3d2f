import { repositoryOf } from "./environment.js";
import { cannotResume } from "./messages.js";
import { updatePlanRecord } from "./plan-comments.js";
import { reply } from "./replies.js";
import { publishStatus } from "./status.js";
const FINGERPRINT = /^[0-9a-f]{64}$/;
/**
 * The approved plan's change fingerprints as the App kept them, or null when none were (or the
 * database answered with something that is not a list of them).
 */
export async function keptFingerprints(ctx, record) {
    const kept = await ctx.approvedChanges?.get({
        repository: repositoryOf(ctx),
        environment: record.environment,
        planHash: record.planHash,
    });
    if (!Array.isArray(kept))
        return null;
    const valid = kept.filter((f) => typeof f === "string" && FINGERPRINT.test(f));
    return valid.length === kept.length ? valid : null;
}
/**
 * A takeover that cannot be checked applies nothing. The lock stays with this pull request: the
 * environment may be half applied, and only a new plan here, reviewed, should move it on.
 */
export async function refuseResume(ctx, pr, sticky) {
    const env = sticky.record.environment;
    ctx.log.error(`cannot resume the apply of ${env} on #${pr.number}: no approved changes were kept`);
    await updatePlanRecord(ctx, sticky, { ...sticky.record, status: "failed" }, null);
    await publishStatus(ctx, env, pr.headSha, {
        kind: "apply-failed",
        summary: "the apply could not be resumed",
    });
    await reply(ctx, pr.number, cannotResume(env));
}
