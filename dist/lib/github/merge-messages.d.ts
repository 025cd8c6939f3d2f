/** `/plagentic apply` or the Apply button in a repository that applies on merge. */
export declare function appliesOnMerge(environment?: string): string;
/** Why the plan for `environment` was not applied when the pull request merged. */
export declare function notAppliedOnMerge(environment: string, reason: string): string;
/** The banner on a plan that merging did not apply. */
export declare function notAppliedBanner(reason: string): string;
export declare function appliedOnMergeBanner(mergeCommitSha: string): string;
export declare function failedOnMergeBanner(issueNumber: number | null): string;
/** Above the apply result on the pull request when it failed. */
export declare function failedOnMergeReply(environment: string, issueNumber: number | null): string;
export declare function failedIssueTitle(environment: string, pr: number): string;
/** The issue opened for a failed apply after merge: what failed, and how to go on. */
export declare function failedIssueBody(input: {
    environment: string;
    pr: number;
    planHash: string;
    mergeCommitSha: string;
    result: string;
}): string;
