/**
 * What was asked for a plan, re-read from GitHub at apply time rather than trusted from a record:
 * who asked (their approval cannot count) and whether the plan destroys. Destroy comes only from
 * the verb Plagentic parses in the asking comment (invariant 2); a plan with no asking comment
 * (an automatic plan, or one on a pull request the bot opened for an issue) never destroys.
 */
import { isBotUser } from "./authz.js";
import type { PullRequestInfo } from "./client.js";
import { parseComment } from "./commands.js";
import type { GitHubContext } from "./context.js";
import type { PlanRecord } from "./markers.js";
import { previewIntent } from "./preview-intent.js";

export type PlanIntent = { ok: true; requester: string; destroy: boolean } | { ok: false; reason: string };

export async function planIntent(
  ctx: GitHubContext,
  pr: PullRequestInfo,
  record: Pick<PlanRecord, "commandCommentId" | "requester" | "environment">,
): Promise<PlanIntent> {
  if (record.commandCommentId === null) {
    // A pull request the bot opened for an issue: the issue's author asked, as the authenticated
    // record says. Otherwise the pull request's author is who wants its changes.
    const requester = pr.author.toLowerCase() === ctx.botLogin.toLowerCase() ? record.requester : pr.author;
    return { ok: true, requester, destroy: false };
  }
  const comment = await ctx.gh.getIssueComment(ctx.repo, record.commandCommentId);
  if (comment.issueNumber !== pr.number)
    return { ok: false, reason: "the comment that asked for this plan is not on this pull request" };
  if (isBotUser(comment.user, comment.userType) || comment.user === ctx.botLogin)
    return { ok: false, reason: "the plan was not asked for by a person" };
  const parsed = parseComment(comment.body);
  if (parsed.kind === "request") return { ok: true, requester: comment.user, destroy: false };
  if (parsed.kind === "command" && parsed.command.verb === "preview")
    return previewIntent(comment.user, parsed.command.environment, pr.number, record.environment);
  if (parsed.kind !== "command" || (parsed.command.verb !== "plan" && parsed.command.verb !== "destroy"))
    return { ok: false, reason: "the comment that asked for this plan no longer asks for a plan" };
  const named = parsed.command.environment;
  if (named !== undefined && named !== record.environment)
    return { ok: false, reason: "the comment that asked for this plan names another environment" };
  return { ok: true, requester: comment.user, destroy: parsed.command.verb === "destroy" };
}
