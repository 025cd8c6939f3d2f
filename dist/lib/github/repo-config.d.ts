import { type Env } from "../config/loader.js";
import type { LoadedConfig } from "../config/model.js";
import type { ResolvedEnvironment } from "../spec/model.js";
import type { Redactor } from "../render/redact.js";
import type { TeamDefinition } from "../team/model.js";
import type { GitHubClient, RepoRef } from "./client.js";
import type { GitHubContext } from "./context.js";
export declare const CONFIG_PATHS: string[];
export interface RepoConfig {
    config: LoadedConfig;
    /** The default branch the config was read from. */
    defaultBranch: string;
    /** Repository-relative directory of environment specs, e.g. "environments". */
    environmentsPath: string;
    teamsPath: string;
}
/**
 * Loads config from the default branch. `workDir` is where the process keeps local state (the
 * sandbox store); relative paths in config resolve against it. The config's secrets join
 * `redactor` before anything is said about the file, even that it does not load.
 */
export declare function loadRepoConfig(gh: GitHubClient, repo: RepoRef, opts: {
    env: Env;
    workDir: string;
    redactor?: Pick<Redactor, "add"> | undefined;
}): Promise<RepoConfig>;
/**
 * The repository's config for one event, read once: the router, the plan and the apply flows all
 * ask for it, and the default branch does not change under a single event.
 */
export declare function repoConfigOf(ctx: GitHubContext): Promise<RepoConfig>;
/** Set to `allow` by the App's operator to honour `providers.sandbox.operation_delay_ms`. */
export declare const SANDBOX_DELAY_SWITCH = "PLAGENTIC_SANDBOX_DELAY";
export declare function listRepoEnvironments(gh: GitHubClient, repo: RepoRef, rc: RepoConfig, ref: string): Promise<string[]>;
/** The text of an environment's spec at a ref, with its path, or null when there is none. */
export declare function readRepoSpec(gh: GitHubClient, repo: RepoRef, rc: RepoConfig, name: string, ref: string): Promise<{
    file: string;
    text: string;
} | null>;
/**
 * The spec of one environment at a commit, with the files it names read at the same commit;
 * unknown names list the valid ones.
 */
export declare function loadRepoEnvironment(gh: GitHubClient, repo: RepoRef, rc: RepoConfig, name: string, ref: string): Promise<ResolvedEnvironment>;
/**
 * A team file from the default branch, so a PR cannot rewrite the prompts that review it; a
 * repository without its own team file gets the bundled one of that name.
 */
export declare function loadRepoTeam(gh: GitHubClient, repo: RepoRef, rc: RepoConfig, name: string): Promise<TeamDefinition | null>;
