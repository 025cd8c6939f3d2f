/**
 * Whether the reviews on a pull request's head approve applying one plan, as apply-flow's gate
 * judges it: the plan's intent re-read from GitHub, approvals on the head by others than the
 * requester and the pushers with no changes requested (`checkApprovals`), and every counted
 * approver authorized to apply the environment. Shared by the apply on merge (merge-apply.ts) and
 * the check that holds the merge back until then (merge-checks.ts).
 */
import { type Actor } from "./access.js";
import type { PullRequestInfo } from "./client.js";
import type { GitHubContext } from "./context.js";
import type { PlanRecord } from "./markers.js";
import type { RepoConfig } from "./repo-config.js";
export type ReviewGate = {
    ok: true;
    destroy: boolean;
    approvers: Actor[];
    summary: string;
} | {
    ok: false;
    reason: string;
    summary: string;
};
export declare function reviewGate(ctx: GitHubContext, rc: RepoConfig, pr: PullRequestInfo, record: PlanRecord): Promise<ReviewGate>;
