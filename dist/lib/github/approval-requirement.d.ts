/**
 * What applying a posted plan needs on GitHub: approval rules (config/approval-rules.ts) judged with
 * the default branch's current config against the facts in the plan's authenticated record, so a
 * rule added or tightened after the plan was posted still holds, and a push that changes the
 * cost makes a new plan with new facts. Also the words the check and the refusal use for it.
 */
import { type ApprovalMatch, type PlanFacts } from "../config/approval-rules.js";
import type { LoadedConfig } from "../config/model.js";
import type { ApprovalVerdict } from "./approvals.js";
import type { PlanRecord } from "./markers.js";
export type RecordRequirement = {
    ok: true;
    match: ApprovalMatch;
} | {
    ok: false;
    reason: string;
};
/**
 * The requirement for the plan `record` describes. A record written before plans carried facts
 * cannot be judged by rules, so when any rule could apply to its environment it is refused (plan
 * again), never let through on the weaker fallback.
 */
export declare function requirementForRecord(config: Pick<LoadedConfig, "approvals">, record: Pick<PlanRecord, "environment" | "facts">): RecordRequirement;
/**
 * The check run's or status's line: "1 of 2 approvals from `platform`; @carol's approval does not
 * count: is not a member of team `platform` (rule `big spend`: …)". Logins come from the verdict,
 * which holds only GitHub's `[A-Za-z0-9-]` logins; the status neutralizes it again anyway.
 */
export declare function approvalStatusSummary(verdict: ApprovalVerdict, match: ApprovalMatch): string;
/** The summary line the check shows right after a plan, before anyone has reviewed. */
export declare function plannedStatusSummary(config: Pick<LoadedConfig, "approvals">, environment: string, changes: string, facts: PlanFacts): string;
/** The refusal's list: what is still missing, who blocks, and whose approvals do not count. */
export declare function unmetRuleApprovals(verdict: ApprovalVerdict, match: ApprovalMatch, requester: string, headSha: string): string[];
