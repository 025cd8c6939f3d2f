/**
 * `/plagentic preview <env>` on a pull request: plans `<env>-pr-<N>`, derived from the head's spec
 * of `<env>`, under the ordinary lock and sticky comment (plan-flow, through preview-hooks.ts),
 * and applies it right away as the writer who asked unless `previews.require_approval` is on.
 */
import { applyOnPullRequest } from "./apply-flow.js";
import type { Actor } from "./access.js";
import { ENVIRONMENT_PATTERN } from "./commands.js";
import type { EventOutcome, GitHubContext } from "./context.js";
import { isFork } from "./environment.js";
import {
  notPreviewable,
  previewNameTaken,
  previewNeedsPullRequest,
  previewOnClosedPullRequest,
  previewsOff,
} from "./preview-messages.js";
import { previewName } from "./preview-spec.js";
import { planOnPullRequest } from "./plan-flow.js";
import { reply } from "./replies.js";
import { listRepoEnvironments, repoConfigOf } from "./repo-config.js";

export interface PreviewRequest {
  number: number;
  isPullRequest: boolean;
  environment: string;
  actor: Actor;
  commentId: number;
  verbose: boolean;
}

/** The `preview` verb. The router has authorized the writer (authz.ts refuses forks for it). */
export async function requestPreview(
  ctx: GitHubContext,
  request: PreviewRequest,
): Promise<Partial<EventOutcome>> {
  const say = (text: string) => reply(ctx, request.number, text);
  if (!request.isPullRequest) return (void (await say(previewNeedsPullRequest())), {});
  const rc = await repoConfigOf(ctx);
  const previews = rc.config.previews;
  if (previews === null) return (void (await say(previewsOff())), {});
  if (!previews.environments.includes(request.environment)) {
    const allowed = previews.environments.filter((e) => ENVIRONMENT_PATTERN.test(e));
    return (void (await say(notPreviewable(request.environment, allowed))), {});
  }
  const pr = await ctx.gh.getPullRequest(ctx.repo, request.number);
  if (pr.state !== "open" || isFork(ctx, pr)) return (void (await say(previewOnClosedPullRequest())), {});
  const name = previewName(request.environment, pr.number);
  for (const ref of [rc.defaultBranch, pr.headSha])
    if ((await listRepoEnvironments(ctx.gh, ctx.repo, rc, ref)).includes(name))
      return (void (await say(previewNameTaken(name))), {});

  const plan = await planOnPullRequest(ctx, {
    number: pr.number,
    environment: name,
    requester: request.actor.login,
    commandCommentId: request.commentId,
    destroy: false,
    verbose: request.verbose,
  });
  if (plan === null) return {};
  if (plan.verdict === "fail" || plan.held !== undefined || !plan.hasChanges || previews.requireApproval)
    return { plans: [plan] };
  const applies = await applyOnPullRequest(ctx, {
    number: pr.number,
    environment: name,
    trigger: "preview",
    actor: request.actor,
  });
  return { plans: [plan], applies };
}
