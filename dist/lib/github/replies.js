export async function reply(ctx, number, markdown) {
    await ctx.gh.createIssueComment(ctx.repo, number, markdown);
}
