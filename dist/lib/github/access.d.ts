/**
 * The one authorization every GitHub path goes through (invariant 6): a comment, an approval, the
 * check run's Apply button and a dispatched run all ask `authorizeActor`, which looks up what
 * `authorizeCommand` decides on (permission, the environment's requirement and teams, fork) from
 * GitHub and the default branch's config. Nothing is taken from the event beyond who acted.
 */
import { type AuthzResult } from "./authz.js";
import type { PullRequestInfo } from "./client.js";
import type { Verb } from "./commands.js";
import type { GitHubContext } from "./context.js";
import type { RepoConfig } from "./repo-config.js";
export interface Actor {
    login: string;
    /** GitHub's user type: "User", "Bot", "Organization". */
    type: string;
}
export declare function authorizeActor(ctx: GitHubContext, rc: RepoConfig, input: {
    verb: Verb;
    environment?: string;
    actor: Actor;
    pr?: PullRequestInfo;
}): Promise<AuthzResult>;
