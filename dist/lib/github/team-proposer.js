/**
 * Plain-words change requests on GitHub go to the team, configured on the default branch, in plan
 * mode: it can only propose a spec edit, which then becomes a pull request like any other. The
 * thread's earlier comments are its memory, so a follow-up builds on the last proposal in both
 * the App and the Action.
 */
import { runTeam } from "../team/run.js";
import { openWorkspace } from "./environment.js";
import { listRepoEnvironments, loadRepoTeam, readRepoSpec } from "./repo-config.js";
export const DEFAULT_TEAM = "infrastructure-team";
export function teamProposer(teamName = DEFAULT_TEAM, opts = { mcp: { hosted: false } }) {
    return async (ctx, rc, request) => {
        const team = await loadRepoTeam(ctx.gh, ctx.repo, rc, teamName);
        if (!team)
            return { refused: `There is no team \`${teamName}\` in \`${rc.teamsPath}/\` on the default branch.` };
        const ws = await openWorkspace(ctx, rc);
        try {
            const result = await runTeam({
                team,
                task: request.text,
                workspace: ws,
                mode: "plan",
                env: ctx.env,
                threadId: `${ctx.repo.owner}/${ctx.repo.repo}#${request.issue}`,
                history: await threadHistory(ctx, request),
                // The team edits the specs of the PR it was asked on, else of the default branch.
                specText: async (environment) => (await readRepoSpec(ctx.gh, ctx.repo, rc, environment, request.specRef ?? rc.defaultBranch))
                    ?.text ?? null,
                environmentNames: () => listRepoEnvironments(ctx.gh, ctx.repo, rc, request.specRef ?? rc.defaultBranch),
                checkpointer: null,
                mcp: opts.mcp,
            });
            if (result.kind === "proposal" && result.proposal) {
                return {
                    environment: result.proposal.environment,
                    after: result.proposal.after,
                    explanation: result.proposal.explanation,
                };
            }
            return { refused: result.message };
        }
        finally {
            await ws.close();
        }
    };
}
/** Earlier requests and the bot's answers in the same thread, oldest first, without the current one. */
async function threadHistory(ctx, request) {
    const comments = await ctx.gh.listIssueComments(ctx.repo, request.issue);
    return comments
        .filter((c) => c.body.trim() !== request.text.trim())
        .slice(-20)
        .map((c) => ({
        role: c.user === ctx.botLogin ? "assistant" : "user",
        content: c.body.slice(0, 4_000),
    }));
}
