import { neutralize } from "./neutralize.js";
export async function reply(ctx, number, markdown) {
    await ctx.gh.createIssueComment(ctx.repo, number, neutralize(markdown));
}
