/**
 * Planning an environment on a pull request: specs from the PR head, config from the default
 * branch, the environment locked for this PR, one sticky comment with diff, cost, verdict and the
 * next step, and a check run or status on the head commit. Parsing, planning and rendering run as
 * one job on the context's runner: a worker pool in the App, so a large spec never holds the
 * event loop (invariant 9).
 */
import type { NextSteps } from "../plan/jobs.js";
import { NotFoundError } from "../spec/errors.js";
import { repositoryOf } from "./environment.js";
import { runnerOf, type GitHubContext, type PlanOutcome } from "./context.js";
import { createLocks, holderFor } from "./locks.js";
import type { PlanRecord } from "./markers.js";
import { isFork, resolveEnvironmentName } from "./environment.js";
import { lockHeld, planCrashed } from "./messages.js";
import { markReported } from "./failures.js";
import { refreshMergeChecks } from "./merge-checks.js";
import { discardPlans, PLAN_BODY_LIMIT, upsertPlanComments } from "./plan-comments.js";
import { previewHold, previewMarkdown, readPlanSpec } from "./preview-hooks.js";
import { listRepoEnvironments, repoConfigOf, type RepoConfig } from "./repo-config.js";
import { PlagenticError } from "../spec/errors.js";
import { withRepositoryFiles } from "./repository-files.js";
import { publishStatus } from "./status.js";
import { reply } from "./replies.js";
import { toRecordFacts } from "./plan-facts-record.js";
import { plannedStatusSummary } from "./approval-requirement.js";

export interface PlanRequest {
  number: number;
  environment?: string;
  /** Login of whoever asked: their own approval will not count. */
  requester: string;
  /** The comment that asked, so the requester can be re-read from GitHub at apply time. */
  commandCommentId: number | null;
  destroy: boolean;
  /** Show the whole diff open in the comment. */
  verbose?: boolean;
  /** Who pushed to the pull request since it was opened, as far as Plagentic saw it. */
  pushedBy?: string[];
}

export async function planOnPullRequest(
  ctx: GitHubContext,
  request: PlanRequest,
): Promise<PlanOutcome | null> {
  const rc = await repoConfigOf(ctx);
  const pr = await ctx.gh.getPullRequest(ctx.repo, request.number);
  if (isFork(ctx, pr) && !rc.config.github.allowForkPlans) {
    await reply(
      ctx,
      request.number,
      "This pull request comes from a fork, and planning fork pull requests is turned off " +
        "(`github.allow_fork_plans` in config.yaml on the default branch). Fork pull requests never apply.",
    );
    return null;
  }
  const verb = request.destroy ? "destroy" : "plan";
  const name = await resolveEnvironmentName(
    ctx,
    rc,
    pr.headSha,
    request.environment,
    request.number,
    `/plagentic ${verb} <environment>`,
  );
  if (!name) return null;
  // A preview of this pull request (`<env>-pr-<N>`) is derived from its parent's spec.
  const spec = await readPlanSpec(ctx, rc, name, pr);
  if (!spec)
    throw new NotFoundError(
      "environment",
      name,
      await listRepoEnvironments(ctx.gh, ctx.repo, rc, pr.headSha),
    );

  const locks = createLocks(ctx.gh, ctx.repo);
  const lock = await locks.acquire(name, holderFor(pr, name, request.requester, ctx.now()));
  if (!lock.acquired) {
    await reply(ctx, request.number, lockHeld(name, { number: lock.heldBy.pr, url: lock.heldBy.url }));
    return null;
  }

  // From here on the lock is held: any failure releases it and says so (invariant 9).
  let plan;
  let parts: string[];
  let comment;
  let held: string | null;
  try {
    const job = {
      config: rc.config,
      cwd: ctx.workDir,
      env: ctx.env,
      repository: repositoryOf(ctx),
      spec: { name, file: spec.file, text: spec.text },
      commit: pr.headSha,
      destroy: request.destroy,
      markdown: {
        title: `Plagentic ${request.destroy ? "destroy plan" : "plan"} for \`${name}\``,
        nextStep: nextSteps(rc, name),
        limit: PLAN_BODY_LIMIT,
        unfolded: request.verbose ?? false,
        ...(spec.preview && previewMarkdown(rc, spec.preview)),
      },
    };
    // The zips a spec names are read at the same head commit as the spec.
    ({ plan, markdown: parts } = await withRepositoryFiles(ctx.gh, ctx.repo, pr.headSha, job, (j) =>
      runnerOf(ctx).plan(j),
    ));
    held = spec.preview ? previewHold(rc, spec.preview, plan, request.destroy) : null;
    if (held !== null) parts = [`${parts[0] ?? ""}\n\n${held}`, ...parts.slice(1)];
    const record: PlanRecord = {
      v: 2,
      environment: name,
      planHash: plan.hash,
      headSha: pr.headSha,
      requester: request.requester,
      commandCommentId: request.commandCommentId,
      destroy: request.destroy,
      status: plan.policy.verdict === "fail" || held !== null ? "blocked" : "planned",
      createdAt: ctx.now().toISOString(),
      policy: plan.policy.verdict,
      hasChanges: plan.hasChanges,
      facts: toRecordFacts(plan.facts),
      ...(request.pushedBy?.length && { pushedBy: [...new Set(request.pushedBy)].slice(-100) }),
    };
    comment = await upsertPlanComments(ctx, request.number, name, parts, record);
    // Kept before anyone can approve (the App only): a replica that takes over this plan's apply
    // half done checks what is left against them (plan/resume.ts).
    if (plan.hasChanges)
      await ctx.approvedChanges?.put(
        { repository: repositoryOf(ctx), environment: name, planHash: plan.hash },
        plan.fingerprints,
      );
  } catch (e) {
    await releaseAfterFailure(ctx, name, request.number, e);
    markReported(e);
    throw e;
  }

  const summary = `${plan.summary.add} to add, ${plan.summary.change} to change, ${plan.summary.destroy} to destroy`;
  await publishStatus(
    ctx,
    name,
    pr.headSha,
    plan.policy.verdict === "fail" || held !== null
      ? {
          kind: "policy-failed",
          summary: `${summary}; ${held !== null ? "over the preview cost cap" : "policy failed"}`,
        }
      : !plan.hasChanges
        ? { kind: "no-changes", summary: "the environment matches the spec" }
        : {
            kind: "awaiting-approval",
            summary: plannedStatusSummary(rc.config, name, summary, plan.facts),
            canApply: false,
          },
    parts[0],
  );
  // Applying on merge, approvals given before this plan pass its check at once.
  if (plan.hasChanges && plan.policy.verdict !== "fail") await refreshMergeChecks(ctx, request.number);
  ctx.log.info(`planned ${name} on #${request.number}: ${plan.hash.slice(0, 12)}`);
  return {
    environment: name,
    planHash: plan.hash,
    hasChanges: plan.hasChanges,
    monthlyDelta: plan.cost.monthlyDelta,
    verdict: plan.policy.verdict,
    commentUrl: comment.htmlUrl,
    ...(held !== null && { held }),
  };
}

/** The next step under the plan, for each way the plan can turn out. */
function nextSteps(rc: RepoConfig, environment: string): NextSteps {
  // The job fills in `{approvals}`: which rule applies depends on the plan it makes.
  const approvals = "{approvals}, none of them from the requester or anyone who pushed to this pull request,";
  return {
    policyFailed: `**Policy failed**, so this plan cannot be applied. Fix the spec, push, and comment \`/plagentic plan ${environment}\`.`,
    noChanges: "Nothing to apply.",
    unsupported: "The {provider} provider cannot apply {types} yet, so this plan cannot be applied.",
    ready:
      rc.config.approvals.applyOn === "approval"
        ? `To apply exactly this plan: get ${approvals} on this commit; Plagentic applies when the PR is approved. ` +
          `Or, once approved, comment \`/plagentic apply ${environment}\`.`
        : rc.config.approvals.applyOn === "merge"
          ? `To apply exactly this plan: get ${approvals} on this commit, then merge; Plagentic applies it when the PR merges.`
          : `To apply exactly this plan: get ${approvals} on this commit, then comment \`/plagentic apply ${environment}\`.`,
  };
}

/** Releases the lock a failed plan took and says why; the error itself goes on to the caller. */
async function releaseAfterFailure(ctx: GitHubContext, name: string, number: number, e: unknown) {
  try {
    await createLocks(ctx.gh, ctx.repo).release(name, number);
    await discardPlans(ctx, number, name, "> ❌ Planning again failed, so this plan was discarded.");
  } catch (err) {
    ctx.log.error(`could not release the lock on ${name} after a failed plan: ${String(err)}`);
  }
  try {
    await reply(ctx, number, planCrashed(name, e instanceof PlagenticError ? e.message : null));
  } catch (err) {
    ctx.log.error(`could not report a failed plan of ${name}: ${String(err)}`);
  }
}
