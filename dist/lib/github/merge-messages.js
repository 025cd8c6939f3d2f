/**
 * The replies and the issue text of applying on merge (`approvals.apply_on: merge`), kept apart
 * from messages.ts only so that parallel work on that file merges cleanly; same conventions:
 * names Plagentic validated go in code spans, free text goes through `escapeInline`.
 */
import { capLine, code, escapeInline } from "../render/markdown.js";
import { commandHint } from "./messages.js";
/** `/plagentic apply` or the Apply button in a repository that applies on merge. */
export function appliesOnMerge(environment) {
    const which = environment === undefined ? "" : ` ${code(environment)}`;
    return (`🚫 This repository applies when the pull request merges (\`approvals.apply_on: merge\`), so nothing ` +
        `was applied${which ? ` to${which}` : ""}. Get the plan approved on the head commit, then merge.`);
}
/** Why the plan for `environment` was not applied when the pull request merged. */
export function notAppliedOnMerge(environment, reason) {
    return (`🚫 Merged, but the plan for ${code(environment)} was **not applied**: ${capLine(escapeInline(reason), 600)}. ` +
        `Nothing was changed. To apply it, open a new pull request, plan it, get it approved and merge it.`);
}
/** The banner on a plan that merging did not apply. */
export function notAppliedBanner(reason) {
    return `> 🚫 Not applied on merge: ${capLine(escapeInline(reason), 300)}.`;
}
export function appliedOnMergeBanner(mergeCommitSha) {
    return `> ✅ **Applied** when this pull request merged (${shortSha(mergeCommitSha)}).`;
}
export function failedOnMergeBanner(issueNumber) {
    return issueNumber === null
        ? "> ❌ **Apply failed** after merging; the environment stays locked."
        : `> ❌ **Apply failed** after merging; see #${issueNumber}. The environment stays locked.`;
}
/** Above the apply result on the pull request when it failed. */
export function failedOnMergeReply(environment, issueNumber) {
    return (`❌ Applying ${code(environment)} after this merge failed, and ${code(environment)} stays locked by this pull request` +
        (issueNumber === null ? "." : `: follow up in #${issueNumber}.`));
}
export function failedIssueTitle(environment, pr) {
    return `Apply of \`${environment}\` failed after merging #${pr}`;
}
/** The issue opened for a failed apply after merge: what failed, and how to go on. */
export function failedIssueBody(input) {
    const env = code(input.environment);
    return [
        `Plagentic applied the approved plan ${code(input.planHash.slice(0, 12))} for ${env} when #${input.pr} ` +
            `was merged (${shortSha(input.mergeCommitSha)}), and part of it failed. ${env} is **still locked** by #${input.pr}, ` +
            `so that no other pull request plans or applies on top of a half-applied environment before someone has looked.`,
        "",
        input.result,
        "",
        "### How to go on",
        "",
        `1. Look at what failed above, and at what is live: comment ${commandHint("drift", input.environment)} here.`,
        `2. Release the lock: comment ${commandHint("unlock", input.environment)} here (write access, or the environment's own permission).`,
        `3. Fix the cause in a new pull request that changes ${code(`${input.environment}`)}'s spec (or nothing, if the ` +
            `failure was passing), plan it, get it approved and merge it: its plan shows what is left, and it applies on merge.`,
    ].join("\n");
}
function shortSha(sha) {
    return code(/^[0-9a-f]{7,64}$/i.test(sha) ? sha.slice(0, 7) : "unknown");
}
