import { type Actor } from "./access.js";
import { type ApprovalVerdict } from "./approvals.js";
import type { ApprovalMatch } from "../config/approval-rules.js";
import type { PullRequestInfo } from "./client.js";
import { type ApplyOutcome, type GitHubContext } from "./context.js";
import type { PlanRecord } from "./markers.js";
import { type PreviewApplyTrigger } from "./preview-hooks.js";
export type ApplyTrigger = PreviewApplyTrigger;
export interface ApplyRequest {
    number: number;
    environment?: string;
    trigger: ApplyTrigger;
    /** Who approved, commented or pressed the button. */
    actor: Actor;
}
export declare function applyOnPullRequest(ctx: GitHubContext, request: ApplyRequest): Promise<ApplyOutcome[]>;
/**
 * Approvals on the current head from write users other than the requester and anyone who pushed,
 * authored or committed a commit of the pull request. The requester comes from `planIntent`
 * (re-read from GitHub); the record's requester is excluded as well.
 */
export declare function checkApprovals(ctx: GitHubContext, pr: PullRequestInfo, record: PlanRecord, requester: string, match: ApprovalMatch): Promise<{
    verdict: ApprovalVerdict;
    requester: string;
}>;
