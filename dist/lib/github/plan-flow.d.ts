import { type GitHubContext, type PlanOutcome } from "./context.js";
export interface PlanRequest {
    number: number;
    environment?: string;
    /** Login of whoever asked: their own approval will not count. */
    requester: string;
    /** The comment that asked, so the requester can be re-read from GitHub at apply time. */
    commandCommentId: number | null;
    destroy: boolean;
    /** Show the whole diff open in the comment. */
    verbose?: boolean;
    /** Who pushed to the pull request since it was opened, as far as Plagentic saw it. */
    pushedBy?: string[];
}
export declare function planOnPullRequest(ctx: GitHubContext, request: PlanRequest): Promise<PlanOutcome | null>;
