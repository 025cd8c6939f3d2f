/**
 * Applying on a pull request, after an approval, a `/plagentic apply` or the check run's button.
 * Nothing applies unless every requirement holds: approvals from other write users on the current
 * head, no outstanding changes requested, a passing policy, a plan that is not stale, this PR
 * holding the lock. Then the plan is re-derived and must hash to the one that was posted.
 */
import { StalePlanError } from "../plan/apply.js";
import { renderApplyMarkdown } from "../render/index.js";
import { PlagenticError } from "../spec/errors.js";
import { evaluateApprovals, neededPermissions, type ApprovalVerdict } from "./approvals.js";
import type { Permission, PullRequestInfo } from "./client.js";
import type { ApplyOutcome, GitHubContext } from "./context.js";
import { createLocks } from "./locks.js";
import type { PlanRecord } from "./markers.js";
import {
  applyRequirementsNotMet,
  noPlan,
  planChanged,
  policyFailed,
  stalePlan,
  unmetApprovals,
} from "./messages.js";
import { readPlanRecords, updatePlanRecord, type StickyPlan } from "./plan-comments.js";
import { isFork, openWorkspace } from "./plan-flow.js";
import { reply } from "./replies.js";
import { repoConfigOf, loadRepoEnvironment, type RepoConfig } from "./repo-config.js";
import { publishStatus } from "./status.js";

export type ApplyTrigger = "approval" | "command" | "button";

export interface ApplyRequest {
  number: number;
  environment?: string;
  trigger: ApplyTrigger;
  /** Who approved, commented or pressed the button. */
  actor: string;
}

export async function applyOnPullRequest(ctx: GitHubContext, request: ApplyRequest): Promise<ApplyOutcome[]> {
  const rc = await repoConfigOf(ctx);
  const pr = await ctx.gh.getPullRequest(ctx.repo, request.number);
  // Replies explain refusals to someone who asked; an approval that does not apply stays quiet.
  const speak = request.trigger !== "approval";
  const say = (text: string) => (speak ? reply(ctx, pr.number, text) : Promise.resolve());

  if (pr.state !== "open") {
    await say(
      `This pull request is ${pr.merged ? "merged" : "closed"}; plans on it can no longer be applied.`,
    );
    return [];
  }
  if (isFork(ctx, pr)) {
    await say("Pull requests from forks never apply. Push the branch to this repository to apply it.");
    return [];
  }

  let stickies = await readPlanRecords(ctx, pr.number);
  if (request.environment) stickies = stickies.filter((s) => s.record.environment === request.environment);
  else if (request.trigger === "approval") stickies = stickies.filter((s) => s.record.status === "planned");
  if (stickies.length === 0) {
    await say(
      request.environment
        ? noPlan(request.environment)
        : "There is no plan on this pull request yet. Comment `/plagentic plan <environment>` first.",
    );
    return [];
  }
  if (!request.environment && request.trigger !== "approval" && stickies.length > 1) {
    const names = stickies.map((s) => `\`${s.record.environment}\``).join(", ");
    await say(
      `This pull request has plans for ${names}; say which to apply: \`/plagentic apply <environment>\`.`,
    );
    return [];
  }

  const outcomes: ApplyOutcome[] = [];
  for (const sticky of stickies) {
    const outcome = await applyOne(ctx, rc, pr, sticky, request, say);
    if (outcome) outcomes.push(outcome);
  }
  return outcomes;
}

async function applyOne(
  ctx: GitHubContext,
  rc: RepoConfig,
  pr: PullRequestInfo,
  sticky: StickyPlan,
  request: ApplyRequest,
  say: (text: string) => Promise<void>,
): Promise<ApplyOutcome | null> {
  const { record } = sticky;
  const env = record.environment;

  if ((record.status === "applied" || record.status === "applying") && record.headSha === pr.headSha) {
    // A redelivered approval, or a second click: this exact plan was already taken care of.
    ctx.log.info(
      `plan ${record.planHash.slice(0, 12)} for ${env} on #${pr.number} is already ${record.status}`,
    );
    if (request.trigger !== "approval")
      await say(
        `The plan for \`${env}\` on this commit was already ${record.status === "applied" ? "applied" : "started"}.`,
      );
    return null;
  }
  if (record.headSha !== pr.headSha) {
    await say(stalePlan(env, record.headSha, pr.headSha));
    return null;
  }
  if (record.policy === "fail" || record.status === "blocked") {
    await say(policyFailed(env));
    return null;
  }
  if (!record.hasChanges) {
    await say(`The plan for \`${env}\` has no changes; there is nothing to apply.`);
    return null;
  }

  const { verdict, requester } = await checkApprovals(ctx, rc, pr, record);
  if (!verdict.satisfied) {
    await publishStatus(ctx, env, pr.headSha, {
      kind: "awaiting-approval",
      summary: verdict.summary,
      canApply: false,
    });
    await say(applyRequirementsNotMet(env, unmetApprovals(verdict, requester, pr.headSha)));
    return null;
  }
  if (request.trigger === "approval" && rc.config.approvals.applyOn === "command") {
    await publishStatus(ctx, env, pr.headSha, {
      kind: "awaiting-approval",
      summary: `${verdict.summary}; comment /plagentic apply ${env} to apply`,
      canApply: true,
    });
    return null;
  }

  const locks = createLocks(ctx.gh, ctx.repo);
  const held = await locks.acquire(env, {
    pr: pr.number,
    environment: env,
    user: record.requester,
    headSha: pr.headSha,
    url: pr.htmlUrl,
    at: ctx.now().toISOString(),
  });
  if (!held.acquired) {
    await say(
      `\`${env}\` is locked by ${held.heldBy.url} (#${held.heldBy.pr}); it cannot be applied from here.`,
    );
    return null;
  }

  // Claim the plan before touching anything, so a redelivered event finds it taken.
  const applying = await updatePlanRecord(ctx, sticky, { ...record, status: "applying" }, null);
  await publishStatus(ctx, env, pr.headSha, {
    kind: "applying",
    summary: `applying ${record.planHash.slice(0, 12)}`,
  });
  const deployment = await ctx.gh.createDeployment(ctx.repo, {
    ref: pr.headSha,
    environment: env,
    description: `Plagentic plan ${record.planHash.slice(0, 12)}`,
    payload: { planHash: record.planHash, pr: pr.number },
  });
  await ctx.gh.createDeploymentStatus(ctx.repo, deployment.id, {
    state: "in_progress",
    description: "applying",
  });

  const ws = await openWorkspace(ctx, rc);
  try {
    const spec = await loadRepoEnvironment(ctx.gh, ctx.repo, rc, env, pr.headSha);
    const { result } = await ws.apply(spec, {
      expectedHash: record.planHash,
      commit: pr.headSha,
      destroy: record.destroy,
      actor: request.actor,
    });
    const status = result.ok ? "applied" : "failed";
    await updatePlanRecord(
      ctx,
      applying,
      { ...record, status },
      result.ok
        ? `> ✅ **Applied** by @${request.actor}.`
        : `> ❌ **Apply failed**; comment \`/plagentic plan ${env}\` to see what is left.`,
    );
    await ctx.gh.createDeploymentStatus(ctx.repo, deployment.id, {
      state: result.ok ? "success" : "failure",
      description: result.ok ? "applied" : "some resources failed",
    });
    await publishStatus(
      ctx,
      env,
      pr.headSha,
      result.ok
        ? { kind: "applied", summary: `${result.results.length} resource(s) changed` }
        : { kind: "apply-failed", summary: "some resources failed" },
    );
    await reply(ctx, pr.number, `### Plagentic apply: \`${env}\`\n\n${renderApplyMarkdown(result)}`);
    if (result.ok && rc.config.github.releaseLockOn === "apply") await locks.release(env, pr.number);
    return { environment: env, ok: result.ok, planHash: record.planHash };
  } catch (e) {
    const stale = e instanceof StalePlanError;
    await updatePlanRecord(ctx, applying, { ...record, status: stale ? "stale" : "failed" }, null);
    await ctx.gh.createDeploymentStatus(ctx.repo, deployment.id, {
      state: stale ? "failure" : "error",
      description: stale ? "plan is stale" : "apply did not run",
    });
    await publishStatus(
      ctx,
      env,
      pr.headSha,
      stale
        ? { kind: "stale", summary: "live state or spec changed since the plan" }
        : { kind: "apply-failed", summary: "apply did not run" },
    );
    if (e instanceof PlagenticError) {
      await reply(ctx, pr.number, stale ? planChanged(env) : `Not applied: ${e.message}`);
      return { environment: env, ok: false, planHash: record.planHash };
    }
    throw e;
  } finally {
    await ws.close();
  }
}

/**
 * Approvals on the current head from write users other than the requester. The requester is
 * read back from GitHub (the asking comment's author, or the PR author for automatic plans)
 * rather than trusted from the record, except for pull requests the bot itself opened.
 */
async function checkApprovals(
  ctx: GitHubContext,
  rc: RepoConfig,
  pr: PullRequestInfo,
  record: PlanRecord,
): Promise<{ verdict: ApprovalVerdict; requester: string }> {
  const requester =
    record.commandCommentId !== null
      ? (await ctx.gh.getIssueComment(ctx.repo, record.commandCommentId)).user
      : pr.author === ctx.botLogin
        ? record.requester // a PR the bot opened for an issue: the issue's author asked
        : pr.author;
  const reviews = await ctx.gh.listReviews(ctx.repo, pr.number);
  const requirement = rc.config.approvals.environments[record.environment];
  const permissions: Record<string, Permission> = {};
  for (const user of neededPermissions(reviews))
    permissions[user] = await ctx.gh.getPermission(ctx.repo, user);
  const teamMembership: Record<string, Record<string, boolean>> = {};
  if (requirement?.teams?.length) {
    for (const user of Object.keys(permissions)) {
      teamMembership[user] = {};
      for (const team of requirement.teams) {
        teamMembership[user][team] = await ctx.gh.isTeamMember(ctx.repo.owner, team, user);
      }
    }
  }
  const verdict = evaluateApprovals({
    reviews,
    headSha: pr.headSha,
    requester,
    required: requirement?.required ?? rc.config.approvals.required,
    permissions,
    ...(requirement && { requirement }),
    teamMembership,
  });
  return { verdict, requester };
}
