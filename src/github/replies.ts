/**
 * Short replies on the issue or pull request. Every reply is neutralized (no text in it can form a
 * marker, record or command) and goes through the redacting client.
 */
import type { GitHubContext } from "./context.js";
import { neutralize } from "./neutralize.js";

export async function reply(ctx: GitHubContext, number: number, markdown: string): Promise<void> {
  await ctx.gh.createIssueComment(ctx.repo, number, neutralize(markdown));
}
