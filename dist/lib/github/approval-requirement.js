/**
 * What applying a posted plan needs on GitHub: approval rules (config/approval-rules.ts) judged with
 * the default branch's current config against the facts in the plan's authenticated record, so a
 * rule added or tightened after the plan was posted still holds, and a push that changes the
 * cost makes a new plan with new facts. Also the words the check and the refusal use for it.
 */
import { describeRequirement, matchApprovalRule, rulesFor, teamNames, } from "../config/approval-rules.js";
import { unmetApprovals } from "./messages.js";
import { fromRecordFacts } from "./plan-facts-record.js";
/**
 * The requirement for the plan `record` describes. A record written before plans carried facts
 * cannot be judged by rules, so when any rule could apply to its environment it is refused (plan
 * again), never let through on the weaker fallback.
 */
export function requirementForRecord(config, record) {
    const env = record.environment;
    if (record.facts !== undefined)
        return { ok: true, match: matchApprovalRule(config, env, fromRecordFacts(record.facts)) };
    if (rulesFor(config, env).length > 0)
        return {
            ok: false,
            reason: "it was planned before Plagentic recorded what approval rules look at, and `approvals.rules` " +
                `may apply to \`${env}\`. Comment \`/plagentic plan ${env}\` to plan again`,
        };
    // No rule can apply: the answer is the fallback whatever the facts are.
    return {
        ok: true,
        match: matchApprovalRule(config, env, {
            monthlyDelta: 0,
            pricesUnknown: false,
            destroys: false,
            types: [],
            typesCut: false,
            budget: "none",
        }),
    };
}
/**
 * The check run's or status's line: "1 of 2 approvals from `platform`; @carol's approval does not
 * count: is not a member of team `platform` (rule `big spend`: …)". Logins come from the verdict,
 * which holds only GitHub's `[A-Za-z0-9-]` logins; the status neutralizes it again anyway.
 */
export function approvalStatusSummary(verdict, match) {
    const { required, teams } = match.requirement;
    const parts = [
        required === 0
            ? "no approval required"
            : `${verdict.approvedBy.length} of ${required} ${required === 1 ? "approval" : "approvals"}` +
                (teams.length > 0 ? ` from ${teamNames(teams)}` : ""),
    ];
    if (verdict.blockedBy.length > 0)
        parts.push(`${verdict.blockedBy.map((u) => `@${u}`).join(", ")} requested changes`);
    for (const i of verdict.ignored.slice(0, 3))
        parts.push(`@${i.user}'s approval does not count: ${i.user} ${i.reason}`);
    if (verdict.ignored.length > 3)
        parts.push(`${verdict.ignored.length - 3} more not counted`);
    return `${parts.join("; ")} (${match.why})`;
}
/** The summary line the check shows right after a plan, before anyone has reviewed. */
export function plannedStatusSummary(config, environment, changes, facts) {
    const match = matchApprovalRule(config, environment, facts);
    return `${changes}; needs ${describeRequirement(match.requirement)} (${match.why})`;
}
/** The refusal's list: what is still missing, who blocks, and whose approvals do not count. */
export function unmetRuleApprovals(verdict, match, requester, headSha) {
    const rest = unmetApprovals({ ...verdict, missing: 0 }, requester, headSha);
    if (verdict.missing === 0)
        return rest;
    const needed = `${verdict.approvedBy.length} of ${describeRequirement(match.requirement)} on commit ${headSha.slice(0, 7)}` +
        ` (${match.why}); ${verdict.missing} more needed from someone other than ${requester}, who asked` +
        " for the plan, and anyone who pushed to this pull request";
    return [needed, ...rest];
}
