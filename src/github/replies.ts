/** Short replies on the issue or pull request; every reply goes through the redacting client. */
import type { GitHubContext } from "./context.js";

export async function reply(ctx: GitHubContext, number: number, markdown: string): Promise<void> {
  await ctx.gh.createIssueComment(ctx.repo, number, markdown);
}
