import { Workspace } from "../plan/workspace.js";
import type { PullRequestInfo } from "./client.js";
import type { GitHubContext, PlanOutcome } from "./context.js";
import { type RepoConfig } from "./repo-config.js";
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
}
export declare function isFork(ctx: GitHubContext, pr: PullRequestInfo): boolean;
/** Opens a workspace on the repository's config; local state lives under the context's workDir. */
export declare function openWorkspace(ctx: GitHubContext, rc: RepoConfig): Promise<Workspace>;
/** Which environment a command meant: the one named, or the only one there is. */
export declare function resolveEnvironmentName(ctx: GitHubContext, rc: RepoConfig, ref: string, named: string | undefined, number: number, usage: string): Promise<string | null>;
export declare function planOnPullRequest(ctx: GitHubContext, request: PlanRequest): Promise<PlanOutcome | null>;
