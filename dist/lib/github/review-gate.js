/**
 * Whether the reviews on a pull request's head approve applying one plan, as apply-flow's gate
 * judges it: the plan's intent re-read from GitHub, approvals on the head by others than the
 * requester and the pushers with no changes requested (`checkApprovals`), and every counted
 * approver authorized to apply the environment. Shared by the apply on merge (merge-apply.ts) and
 * the check that holds the merge back until then (merge-checks.ts).
 */
import { authorizeActor } from "./access.js";
import { checkApprovals } from "./apply-flow.js";
import { planIntent } from "./intent.js";
import { approvalStatusSummary, requirementForRecord, unmetRuleApprovals } from "./approval-requirement.js";
export async function reviewGate(ctx, rc, pr, record) {
    const intent = await planIntent(ctx, pr, record);
    if (!intent.ok)
        return { ok: false, reason: intent.reason, summary: `cannot be applied: ${intent.reason}` };
    if (intent.destroy !== record.destroy) {
        const reason = "the command that asked for the plan changed";
        return { ok: false, reason, summary: `cannot be applied: ${reason}` };
    }
    // The same requirement an apply on approval would need: approvals.rules against the plan's facts.
    const needs = requirementForRecord(rc.config, record);
    if (!needs.ok)
        return { ok: false, reason: needs.reason, summary: `cannot be applied: ${needs.reason}` };
    const { verdict } = await checkApprovals(ctx, pr, record, intent.requester, needs.match);
    const summary = approvalStatusSummary(verdict, needs.match);
    if (!verdict.satisfied) {
        const unmet = unmetRuleApprovals(verdict, needs.match, intent.requester, pr.headSha);
        return { ok: false, reason: `it was not approved: ${unmet.join("; ")}`, summary };
    }
    const approvers = verdict.approvedBy.map((login) => ({ login, type: "User" }));
    for (const actor of approvers) {
        const access = await authorizeActor(ctx, rc, {
            verb: "apply",
            environment: record.environment,
            actor,
            pr,
        });
        if (!access.ok)
            return { ok: false, reason: access.reason, summary: `cannot be applied: ${access.reason}` };
    }
    return { ok: true, destroy: intent.destroy, approvers, summary };
}
