/**
 * Helpers every GitHub flow shares about the environment being worked on: whether a pull request
 * comes from a fork, the workspace a run plans in (whose identity is this repository), and which
 * environment a command meant.
 */
import { Workspace } from "../plan/workspace.js";
import { reply } from "./replies.js";
import { listRepoEnvironments } from "./repo-config.js";
export function isFork(ctx, pr) {
    return pr.headRepoFullName?.toLowerCase() !== `${ctx.repo.owner}/${ctx.repo.repo}`.toLowerCase();
}
/** The repository whose environments this context acts on, as `owner/name`. */
export function repositoryOf(ctx) {
    return `${ctx.repo.owner}/${ctx.repo.repo}`;
}
/**
 * Opens a workspace on the repository's config; local state lives under the context's workDir,
 * and only resources this repository's environments own (or are shared) are visible.
 */
export function openWorkspace(ctx, rc) {
    return Workspace.open({
        config: rc.config,
        cwd: ctx.workDir,
        env: ctx.env,
        now: ctx.now,
        repository: repositoryOf(ctx),
    });
}
/** Which environment a command meant: the one named, or the only one there is. */
export async function resolveEnvironmentName(ctx, rc, ref, named, number, usage) {
    if (named)
        return named;
    const names = await listRepoEnvironments(ctx.gh, ctx.repo, rc, ref);
    if (names.length === 1)
        return names[0];
    await reply(ctx, number, names.length === 0
        ? `There are no environment specs in \`${rc.environmentsPath}/\` on this branch.`
        : `Which environment? Use \`${usage}\` with one of: ${names.map((n) => `\`${n}\``).join(", ")}.`);
    return null;
}
