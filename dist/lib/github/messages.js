/**
 * Every short reply the GitHub handlers post, so wording lives in one place and stays consistent
 * between App and Action. Each is Markdown. Names Plagentic validated (environments, SHAs) go in code
 * spans; free text from elsewhere goes through `escapeInline`, so no reply can @-mention anyone,
 * open HTML or break out of its line. Texts produced by this package's own modules (`authorizeCommand`
 * reasons, `parseComment` errors) are already Markdown-safe and are used as they are.
 */
import { capLine, code, count, escapeInline } from "../render/markdown.js";
import { helpText, PREFIX } from "./commands.js";
const MAX_ITEM = 300;
/** `/plagentic plan staging` as a code span. */
export function commandHint(verb, environment) {
    return code(`${PREFIX} ${verb}${environment === undefined ? "" : ` ${environment}`}`);
}
/** A refused command: the reason and what would work (both from `authorizeCommand`). */
export function refusal(reason, hint) {
    return `🚫 ${reason}\n\n${hint}`;
}
/** A malformed command; `message` comes from `parseComment`. */
export function parseErrorReply(message) {
    return `⚠️ ${message}\n\nComment ${commandHint("help")} for every command.`;
}
export function helpReply(validEnvironments) {
    return helpText(validEnvironments);
}
export function unknownEnvironment(name, valid) {
    const listed = valid.length > 0
        ? `Environments here: ${[...valid]
            .sort()
            .map((e) => code(e))
            .join(", ")}.`
        : "This repository defines no environments yet: add `environments/<name>.yaml` on the default branch.";
    return `⚠️ ${code(name)} is not an environment of this repository. ${listed}`;
}
/** A command without an environment where the pull request touches several. */
export function ambiguousEnvironment(verb, candidates) {
    const options = [...candidates].sort().map((e) => commandHint(verb, e));
    return `⚠️ Which environment? This pull request has ${count(candidates.length, "candidate")}: comment ${options.join(" or ")}.`;
}
/** Another pull request holds the environment's lock. */
export function lockHeld(environment, holder) {
    const ref = holder.url !== undefined && isSafeUrl(holder.url)
        ? `[#${holder.number}](${holder.url})`
        : `#${holder.number}`;
    return (`🔒 ${code(environment)} is locked by ${ref}, which has a plan for it. ` +
        `The lock is released when that plan is applied or that pull request is merged or closed; ` +
        `someone there can also comment ${commandHint("unlock", environment)}.`);
}
export function unlocked(environment) {
    return `🔓 Released the lock on ${code(environment)} and discarded this pull request's plan for it.`;
}
export function nothingToUnlock(environment) {
    return environment === undefined
        ? "This pull request holds no locks."
        : `This pull request holds no lock on ${code(environment)}.`;
}
export function noPlan(environment) {
    return `⚠️ There is no plan for ${code(environment)} on this pull request. Comment ${commandHint("plan", environment)} first.`;
}
/** Apply was asked for a plan made on an older commit. */
export function stalePlan(environment, plannedSha, headSha) {
    return (`⚠️ The plan for ${code(environment)} was made on ${shortSha(plannedSha)}, and this pull request is now at ` +
        `${shortSha(headSha)}. Nothing was applied. Comment ${commandHint("plan", environment)} to plan again, ` +
        `then approve the new plan.`);
}
/** The banner put on sticky comments after a push. */
export function staleBanner(headSha) {
    return (`> [!WARNING]\n> This plan is stale: commits were pushed after it was made (now at ${shortSha(headSha)}). ` +
        `Plans are marked stale after every push, and a stale plan is never applied.`);
}
/** The reply after a push, listing the environments whose plans became stale. */
export function plansMarkedStale(environments, headSha) {
    const envs = [...environments].sort();
    const next = envs.map((e) => commandHint("plan", e)).join(", ");
    return (`New commits were pushed (now at ${shortSha(headSha)}), so the plans for ${envs.map((e) => code(e)).join(", ")} ` +
        `are stale. Plans are marked stale after every push; comment ${next} to plan again.`);
}
/** Apply re-derived the plan and it differs from the approved one (invariant 2). */
export function planChanged(environment) {
    return (`⚠️ The plan for ${code(environment)} is not the one that was approved: planning it again now gives a ` +
        `different result (the live cloud or the prices changed). Nothing was applied. Review the new plan, ` +
        `then approve it or comment ${commandHint("apply", environment)}.`);
}
/** Apply stopped on an unexpected error; the details are in the server's or the job's log. */
export function applyCrashed(environment) {
    return (`❌ Applying ${code(environment)} failed on an unexpected error, and its lock was released. ` +
        `Nothing further was applied; the log has the details. Comment ${commandHint("plan", environment)} to see what is left.`);
}
/** Planning stopped on an error after the lock was taken; the lock was released. */
export function planCrashed(environment, detail) {
    return (`❌ Planning ${code(environment)} failed${detail === null ? " on an unexpected error (the log has the details)" : `: ${detail}`}. ` +
        `Its lock was released, and no plan was posted.`);
}
/** `/plagentic unlock` released a lock: whose it was, and which plans were discarded. */
export function lockReleased(environment, holder, here) {
    const whose = holder.pr === 0
        ? "an unreadable lock"
        : holder.pr === here
            ? `this pull request's lock (planned by @${safeLogin(holder.user)})`
            : `the lock held by #${holder.pr} (planned by @${safeLogin(holder.user)})`;
    return (`🔓 Released ${whose} on ${code(environment)}. ` +
        `${holder.pr === 0 ? "No plan was" : `The plans it covered on #${holder.pr} were`} discarded: they can no longer be applied, so plan again there.`);
}
export function policyFailed(environment) {
    return `🚫 The plan for ${code(environment)} fails policy, so it cannot be applied. Change the spec and plan again.`;
}
/** Apply was asked for but some requirements are not met; `unmet` is one short phrase each. */
export function applyRequirementsNotMet(environment, unmet) {
    const items = unmet.map((u) => `- ${capLine(escapeInline(u), MAX_ITEM)}`);
    return [`🚫 ${code(environment)} cannot be applied yet:`, "", ...items].join("\n");
}
/** The approval requirements an `ApprovalVerdict` leaves unmet, as phrases for `applyRequirementsNotMet`. */
export function unmetApprovals(verdict, requester, headSha, permission = "write") {
    const out = [];
    if (verdict.missing > 0)
        out.push(`${count(verdict.missing, "more approval")} on commit ${headSha.slice(0, 7)} from someone with ` +
            `${permission} access other than ${requester}, who asked for the plan`);
    if (verdict.blockedBy.length > 0)
        out.push(`changes requested by ${verdict.blockedBy.join(", ")} must be resolved or dismissed`);
    for (const i of verdict.ignored)
        out.push(`the approval by ${i.user} does not count: ${i.user} ${i.reason}`);
    return out;
}
/** A command that is received and running, for handlers that reply before the work finishes. */
export function working(verb, environment) {
    return `⏳ Running ${commandHint(verb, environment)}…`;
}
/** Logins are `[A-Za-z0-9-]` (plus `[bot]`); anything else is dropped so a reply cannot carry markup. */
function safeLogin(login) {
    return login.replace(/[^A-Za-z0-9\-[\]]/g, "");
}
function shortSha(sha) {
    return code(/^[0-9a-f]{7,64}$/i.test(sha) ? sha.slice(0, 7) : "unknown");
}
/** Only plain http(s) addresses without characters that would end a Markdown link. */
function isSafeUrl(url) {
    return /^https?:\/\/[^\s()<>"'`\\]+$/.test(url) && url.length <= 2_000;
}
/** Heads the apply reply when a replica resumed an apply another one left half done. */
export function resumedApply(environment, left) {
    return left === 0
        ? `↪️ The apply of ${code(environment)} was taken over from a replica that stopped answering; ` +
            `that replica had already applied every approved change, so nothing was left to do.`
        : `↪️ The apply of ${code(environment)} was taken over from a replica that stopped answering, and ` +
            `resumed from what is live: ${left} approved change(s) were left.`;
}
/** A taken-over apply cannot be resumed: the approved plan's changes were not kept. */
export function cannotResume(environment) {
    return (`❌ The apply of ${code(environment)} was taken over from a replica that stopped answering, but it ` +
        `cannot be resumed: the approved plan's changes were not kept, so what is left cannot be checked ` +
        `against them. Nothing further was applied and this pull request keeps the lock. ` +
        `Comment ${commandHint("plan", environment)} to see what is left.`);
}
