/**
 * Helpers every GitHub flow shares about the environment being worked on: whether a pull request
 * comes from a fork, the workspace a run plans in (whose identity is this repository), and which
 * environment a command meant.
 */
import { Workspace } from "../plan/workspace.js";
import type { PullRequestInfo } from "./client.js";
import type { GitHubContext } from "./context.js";
import { type RepoConfig } from "./repo-config.js";
export declare function isFork(ctx: GitHubContext, pr: PullRequestInfo): boolean;
/** The repository whose environments this context acts on, as `owner/name`. */
export declare function repositoryOf(ctx: GitHubContext): string;
/**
 * Opens a workspace on the repository's config; local state lives under the context's workDir,
 * and only resources this repository's environments own (or are shared) are visible.
 */
export declare function openWorkspace(ctx: GitHubContext, rc: RepoConfig): Promise<Workspace>;
/** Which environment a command meant: the one named, or the only one there is. */
export declare function resolveEnvironmentName(ctx: GitHubContext, rc: RepoConfig, ref: string, named: string | undefined, number: number, usage: string): Promise<string | null>;
