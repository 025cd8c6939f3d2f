/**
 * The one authorization every GitHub path goes through (invariant 6): a comment, an approval, the
 * check run's Apply button and a dispatched run all ask `authorizeActor`, which looks up what
 * `authorizeCommand` decides on (permission, the environment's requirement and teams, fork) from
 * GitHub and the default branch's config. Nothing is taken from the event beyond who acted.
 */
import { authorizeCommand, ENVIRONMENT_GATED_VERBS } from "./authz.js";
import { isFork } from "./environment.js";
export async function authorizeActor(ctx, rc, input) {
    const { verb, environment, actor } = input;
    const requirement = environment ? rc.config.approvals.environments[environment] : undefined;
    const permission = await ctx.gh.getPermission(ctx.repo, actor.login);
    const teamMembership = {};
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
