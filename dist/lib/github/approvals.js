/**
 * Whether a pull request's reviews approve applying a plan (docs/design.md invariant 6), learning from
 * Atlantis and Digger, where any approval on any commit by anyone counted.
 *
 * Rules:
 * - Logins are compared case-insensitively (GitHub treats them so).
 * - Reviews are taken in the order given: oldest first, all pages concatenated, as
 *   `GitHubClient.listReviews` returns them. Per user, the latest review whose state is APPROVED,
 *   CHANGES_REQUESTED or DISMISSED decides; COMMENTED and PENDING leave the user's state as it was.
 *   DISMISSED clears it.
 * - An approval counts only when it was given on `headSha`, by someone other than the requester
 *   (whoever asked for the plan) and other than anyone who pushed or authored a commit the plan
 *   covers (four eyes, as GitHub's "approval of the most recent reviewable push"), who is not a bot, who has write access (or the environment's
 *   permission), and who belongs to one of the environment's teams when it names any.
 * - Outstanding changes requested by anyone with write access block, whatever commit they were
 *   given on: a push does not answer an objection. A user whose permission the caller did not look
 *   up counts as unable to approve but able to block: unknown errs on the side of not applying.
 */
import { atLeast, isBotUser, teamList } from "./authz.js";
/** Each user's latest deciding review, in order of first appearance; dismissed users drop out. */
function latestDecisions(reviews) {
    const byUser = new Map();
    for (const r of reviews) {
        const key = r.user.toLowerCase();
        if (r.state === "DISMISSED")
            byUser.set(key, null);
        else if (r.state === "APPROVED" || r.state === "CHANGES_REQUESTED")
            byUser.set(key, { user: r.user, state: r.state, commitId: r.commitId });
    }
    return [...byUser.values()].filter((d) => d !== null);
}
/**
 * The users whose permission (and team membership) `evaluateApprovals` needs, so the caller fetches
 * only those: everyone whose latest deciding review approves or requests changes.
 */
export function neededPermissions(reviews) {
    return latestDecisions(reviews).map((d) => d.user);
}
export function evaluateApprovals(input) {
    const permissions = lowerKeys(input.permissions);
    const rule = {
        requester: input.requester.toLowerCase(),
        pushers: new Set((input.pushers ?? []).map((p) => p.toLowerCase())),
        headSha: input.headSha.toLowerCase(),
        permission: input.requirement?.permission ?? "write",
        teams: input.requirement?.teams ?? [],
        membership: lowerKeys(input.teamMembership),
    };
    const approvedBy = [];
    const ignored = [];
    const blockedBy = [];
    for (const d of latestDecisions(input.reviews)) {
        const key = d.user.toLowerCase();
        const permission = permissions.get(key);
        if (d.state === "CHANGES_REQUESTED") {
            if (permission === undefined || atLeast(permission, "write"))
                blockedBy.push(d.user);
            continue;
        }
        const reason = whyNotCounted(d, permission, rule);
        if (reason === undefined)
            approvedBy.push(d.user);
        else
            ignored.push({ user: d.user, reason });
    }
    const required = Math.max(0, input.required);
    const missing = Math.max(0, required - approvedBy.length);
    const satisfied = missing === 0 && blockedBy.length === 0;
    const summary = summaryLine(required, approvedBy.length, blockedBy, ignored.length);
    return { satisfied, approvedBy, ignored, blockedBy, missing, summary };
}
function summaryLine(required, approved, blockedBy, ignored) {
    const parts = [
        required === 0
            ? "no approval required"
            : `${approved} of ${required} ${required === 1 ? "approval" : "approvals"}`,
    ];
    if (blockedBy.length > 0)
        parts.push(`${blockedBy.map(mention).join(", ")} requested changes`);
    if (ignored > 0)
        parts.push(`${ignored} not counted`);
    return parts.join("; ");
}
/** Why an approval does not count, or undefined when it does. */
function whyNotCounted(d, permission, rule) {
    const key = d.user.toLowerCase();
    if (isBotUser(d.user, ""))
        return "is a bot, and approvals from bots do not count";
    if (key === rule.requester)
        return "asked for this plan, and cannot approve it too";
    if (rule.pushers.has(key))
        return "pushed a commit this plan covers, and cannot approve it too";
    if (d.commitId.toLowerCase() !== rule.headSha)
        return `approved an older commit (${d.commitId.slice(0, 7)}), not the head (${rule.headSha.slice(0, 7)})`;
    if (permission === undefined)
        return "could not have their permission checked";
    if (!atLeast(permission, rule.permission))
        return `has ${permission === "none" ? "no" : permission} access; approvals need ${rule.permission}`;
    if (rule.teams.length > 0) {
        const theirs = Object.entries(rule.membership.get(key) ?? {});
        const wanted = new Set(rule.teams.map((t) => t.toLowerCase()));
        if (!theirs.some(([slug, member]) => member && wanted.has(slug.toLowerCase())))
            return `is not a member of ${teamList(rule.teams)}`;
    }
    return undefined;
}
/** Logins are `[A-Za-z0-9-]` plus `[bot]`; anything else is dropped so a summary cannot carry markup. */
function mention(login) {
    return `@${login.replace(/[^A-Za-z0-9\-[\]]/g, "")}`;
}
function lowerKeys(record) {
    const out = new Map();
    for (const [k, v] of Object.entries(record))
        out.set(k.toLowerCase(), v);
    return out;
}
