/**
 * The one authorization every GitHub path goes through (invariant 6): a comment, an approval, the
 * check run's Apply button and a dispatched run all ask `authorizeActor`, which looks up what
 * `authorizeCommand` decides on (permission, the environment's requirement and teams, fork) from
 * GitHub and the default branch's config. Nothing is taken from the event beyond who acted.
 */
import { authorizeCommand, ENVIRONMENT_GATED_VERBS, type AuthzResult } from "./authz.js";
import type { PullRequestInfo } from "./client.js";
import type { Verb } from "./commands.js";
import type { GitHubContext } from "./context.js";
import { isFork } from "./environment.js";
import type { RepoConfig } from "./repo-config.js";

export interface Actor {
  login: string;
  /** GitHub's user type: "User", "Bot", "Organization". */
  type: string;
}

export async function authorizeActor(
  ctx: GitHubContext,
  rc: RepoConfig,
  input: { verb: Verb; environment?: string; actor: Actor; pr?: PullRequestInfo },
): Promise<AuthzResult> {
  const { verb, environment, actor } = input;
  const requirement = environment ? rc.config.approvals.environments[environment] : undefined;
  const permission = await ctx.gh.getPermission(ctx.repo, actor.login);
  const teamMembership: Record<string, boolean> = {};
  if (requirement?.teams?.length && ENVIRONMENT_GATED_VERBS.has(verb)) {
    for (const team of requirement.teams)
      teamMembership[team] = await ctx.gh.isTeamMember(ctx.repo.owner, team, actor.login);
  }
  return authorizeCommand({
    verb,
    ...(environment && { environment }),
    user: actor.login,
    userType: actor.type,
    permission,
    isBot: actor.login === ctx.botLogin,
    ...(requirement && {
      requirement: {
        ...(requirement.permission && { permission: requirement.permission }),
        ...(requirement.teams && { teams: requirement.teams }),
      },
    }),
    teamMembership,
    ...(input.pr && { pr: { isFork: isFork(ctx, input.pr) } }),
    allowForkPlans: rc.config.github.allowForkPlans,
  });
}
