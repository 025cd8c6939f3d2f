import type { GitHubContext } from "./context.js";
/** Publishes a check for each environment the pull request has no plan for; returns them. */
export declare function publishUnplannedChecks(ctx: GitHubContext, number: number): Promise<string[]>;
/**
 * Re-evaluates the reviews of each live plan on the head and passes or holds its check: after a
 * plan (approvals may predate it) and after reviews that are not approvals. Returns the
 * environments it updated.
 */
export declare function refreshMergeChecks(ctx: GitHubContext, number: number): Promise<string[]>;
