import type { PullRequestInfo } from "./client.js";
import { type ApplyOutcome, type GitHubContext } from "./context.js";
import { type StickyPlan } from "./plan-comments.js";
import { type RepoConfig } from "./repo-config.js";
export interface MergeApplyInput {
    pr: PullRequestInfo;
    mergeCommitSha: string;
    sticky: StickyPlan;
    destroy: boolean;
    /** Who the audit record names: whoever merged. */
    actor: string;
}
export declare function runMergeApply(ctx: GitHubContext, rc: RepoConfig, input: MergeApplyInput): Promise<{
    outcome: ApplyOutcome;
    keepLock: boolean;
}>;
/** An apply an earlier delivery claimed and never finished: reported like a failure, kept locked. */
export declare function reportInterrupted(ctx: GitHubContext, input: MergeApplyInput): Promise<void>;
