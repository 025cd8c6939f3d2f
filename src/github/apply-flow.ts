/**
 * Applying on a pull request, after an approval, a `/plagentic apply` or the check run's button.
 * Every trigger goes through the same gate, in this order:
 * 1. an authenticated plan record for the current head that passed policy and has changes;
 * 2. the actor is authorized exactly as a `/plagentic apply` comment would be (access.ts);
 * 3. the plan's intent is re-read from GitHub: who asked, and whether the asking verb destroys;
 * 4. approvals on the current head as the first matching `approvals.rules` entry (or the
 *    environment's setting) asks, judged on the facts in the plan's record, from users none of whom
 *    asked for the plan or pushed a commit it covers, and no outstanding changes requested;
 * 5. this PR holds the environment's lock.
 * Then the plan is re-derived and must hash to the one that was posted. Any failure once the lock
 * is held releases it and says so on the pull request.
 */
import { StalePlanError } from "../plan/apply.js";
import { ResumeRefusedError, type ResumeFrom } from "../plan/resume.js";
import { keptFingerprints, refuseResume } from "./apply-resume.js";
import { PlagenticError } from "../spec/errors.js";
import { withRepositoryFiles } from "./repository-files.js";
import { authorizeActor, type Actor } from "./access.js";
import { evaluateApprovals, neededPermissions, type ApprovalVerdict } from "./approvals.js";
import { approvalStatusSummary, requirementForRecord, unmetRuleApprovals } from "./approval-requirement.js";
import type { ApprovalMatch } from "../config/approval-rules.js";
import type { Permission, PullRequestInfo } from "./client.js";
import { runnerOf, type ApplyOutcome, type GitHubContext } from "./context.js";
import { isFork, repositoryOf } from "./environment.js";
import { recheckDriftAfterApply } from "./drift-issues.js";
import { everyStep, markReported } from "./failures.js";
import { appliesOnMerge } from "./merge-messages.js";
import { planIntent } from "./intent.js";
import { createLocks, holderFor } from "./locks.js";
import type { PlanRecord } from "./markers.js";
import {
  applyCrashed,
  applyRequirementsNotMet,
  noPlan,
  planChanged,
  policyFailed,
  refusal,
  resumedApply,
  stalePlan,
} from "./messages.js";
import { readPlanRecords, updatePlanRecord, type StickyPlan } from "./plan-comments.js";
import { reply } from "./replies.js";
import { approvalWaived, readPlanSpec, registerPreview, type PreviewApplyTrigger } from "./preview-hooks.js";
import { repoConfigOf, type RepoConfig } from "./repo-config.js";
import { publishStatus } from "./status.js";

export type ApplyTrigger = PreviewApplyTrigger;

const WAIVED: ApprovalVerdict = {
  satisfied: true,
  approvedBy: [],
  ignored: [],
  blockedBy: [],
  missing: 0,
  summary: "a preview, applied when planned",
};

export interface ApplyRequest {
  number: number;
  environment?: string;
  trigger: ApplyTrigger;
  /** Who approved, commented or pressed the button. */
  actor: Actor;
}

export async function applyOnPullRequest(ctx: GitHubContext, request: ApplyRequest): Promise<ApplyOutcome[]> {
  const rc = await repoConfigOf(ctx);
  const pr = await ctx.gh.getPullRequest(ctx.repo, request.number);
  // Replies explain refusals to someone who asked; an approval that does not apply stays quiet.
  const speak = request.trigger !== "approval";
  const say = (text: string) => (speak ? reply(ctx, pr.number, text) : Promise.resolve());

  // With apply_on: merge nothing applies before the merge (merge-apply.ts); an approval still
  // runs the gate below, to pass the check that lets the pull request merge.
  if (rc.config.approvals.applyOn === "merge" && request.trigger !== "approval") {
    await say(appliesOnMerge(request.environment));
    return [];
  }
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
  else if (request.trigger === "approval")
    // A takeover runs the approval again after a replica died applying it: its plan is `applying`.
    stickies = stickies.filter(
      (s) => s.record.status === "planned" || (ctx.takeover === true && s.record.status === "applying"),
    );
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
  // The replica that ran this event stopped answering after claiming the plan: resume its apply.
  const resuming = ctx.takeover === true && record.status === "applying" && record.headSha === pr.headSha;

  if (
    !resuming &&
    (record.status === "applied" || record.status === "applying") &&
    record.headSha === pr.headSha
  ) {
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
  if (record.status !== "planned" && !resuming) {
    await say(
      record.status === "blocked"
        ? policyFailed(env)
        : `The plan for \`${env}\` is ${record.status}; comment \`/plagentic plan ${env}\` to plan again.`,
    );
    return null;
  }
  if (record.policy === "fail") {
    await say(policyFailed(env));
    return null;
  }
  if (!record.hasChanges) {
    await say(`The plan for \`${env}\` has no changes; there is nothing to apply.`);
    return null;
  }

  const access = await authorizeActor(ctx, rc, { verb: "apply", environment: env, actor: request.actor, pr });
  if (!access.ok) {
    if (!access.ignore) await say(refusal(access.reason, access.hint));
    return null;
  }

  const intent = await planIntent(ctx, pr, record);
  if (!intent.ok || intent.destroy !== record.destroy) {
    await say(
      `🚫 The plan for \`${env}\` cannot be applied: ${intent.ok ? "the command that asked for it changed" : intent.reason}. ` +
        `Comment \`/plagentic plan ${env}\` to plan again.`,
    );
    return null;
  }

  // A preview applied by the writer who asked for it, with `previews.require_approval` off.
  const waived = approvalWaived(rc, request.trigger, env, pr.number);
  let match: ApprovalMatch | null = null;
  let verdict: ApprovalVerdict = WAIVED;
  if (!waived) {
    const needs = requirementForRecord(rc.config, record);
    if (!needs.ok) {
      await say(`🚫 The plan for \`${env}\` cannot be applied: ${needs.reason}.`);
      return null;
    }
    match = needs.match;
    ({ verdict } = await checkApprovals(ctx, pr, record, intent.requester, match));
    if (!verdict.satisfied) {
      await publishStatus(ctx, env, pr.headSha, {
        kind: "awaiting-approval",
        summary: approvalStatusSummary(verdict, match),
        canApply: false,
      });
      await say(
        applyRequirementsNotMet(env, unmetRuleApprovals(verdict, match, intent.requester, pr.headSha)),
      );
      return null;
    }
  }
  if (request.trigger === "approval" && rc.config.approvals.applyOn === "merge") {
    await publishStatus(ctx, env, pr.headSha, {
      kind: "approved",
      summary: `${verdict.summary}; applies when the pull request merges`,
    });
    return null;
  }
  if (request.trigger === "approval" && rc.config.approvals.applyOn === "command") {
    await publishStatus(ctx, env, pr.headSha, {
      kind: "awaiting-approval",
      summary: `${match ? approvalStatusSummary(verdict, match) : verdict.summary}; comment /plagentic apply ${env} to apply`,
      canApply: true,
    });
    return null;
  }

  let resume: ResumeFrom | undefined;
  if (resuming) {
    const fingerprints = await keptFingerprints(ctx, record);
    if (!fingerprints || ctx.deliveryId === undefined) {
      await refuseResume(ctx, pr, sticky);
      return { environment: env, ok: false, planHash: record.planHash };
    }
    resume = { fingerprints };
  }

  const locks = createLocks(ctx.gh, ctx.repo);
  const held = await locks.acquire(env, holderFor(pr, env, record.requester, ctx.now()));
  if (!held.acquired) {
    await say(
      `\`${env}\` is locked by ${held.heldBy.url} (#${held.heldBy.pr}); it cannot be applied from here.`,
    );
    return null;
  }

  let current = sticky;
  let deploymentId: number | null = null;
  try {
    // Claim the plan before touching anything, so a redelivered event finds it taken (a resumed
    // one is claimed already).
    if (!resume) current = await updatePlanRecord(ctx, sticky, { ...record, status: "applying" }, null);
    await publishStatus(ctx, env, pr.headSha, {
      kind: "applying",
      summary: `applying ${record.planHash.slice(0, 12)}`,
    });
    deploymentId = (
      await ctx.gh.createDeployment(ctx.repo, {
        ref: pr.headSha,
        environment: env,
        description: `Plagentic plan ${record.planHash.slice(0, 12)}`,
        payload: { planHash: record.planHash, pr: pr.number },
      })
    ).id;
    await ctx.gh.createDeploymentStatus(ctx.repo, deploymentId, {
      state: "in_progress",
      description: "applying",
    });

    const spec = await readPlanSpec(ctx, rc, env, pr);
    if (!spec) throw new PlagenticError(`the spec of ${env} is gone from this pull request's head`);
    if (spec.preview) await registerPreview(ctx, rc, spec.preview, pr);
    const job = {
      config: rc.config,
      cwd: ctx.workDir,
      env: ctx.env,
      repository: repositoryOf(ctx),
      spec: { name: env, file: spec.file, text: spec.text },
      commit: pr.headSha,
      destroy: intent.destroy,
      expectedHash: record.planHash,
      actor: request.actor.login,
      // The same in the first try and a takeover of it, so that the tokens of creates come back.
      ...(ctx.deliveryId !== undefined && { attempt: `delivery:${ctx.deliveryId}` }),
      ...(resume && { resume }),
    };
    // The zips are read at the head the plan was approved at; apply checks them against its hashes.
    const outcome = await withRepositoryFiles(ctx.gh, ctx.repo, pr.headSha, job, (j) =>
      runnerOf(ctx).apply(j),
    );
    const { result } = outcome;
    const status = result.ok ? "applied" : "failed";
    await updatePlanRecord(
      ctx,
      current,
      { ...record, status },
      result.ok
        ? `> ✅ **Applied** by @${request.actor.login}.`
        : `> ❌ **Apply failed**; comment \`/plagentic plan ${env}\` to see what is left.`,
    );
    await ctx.gh.createDeploymentStatus(ctx.repo, deploymentId, {
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
    await reply(
      ctx,
      pr.number,
      resume ? `${resumedApply(env, result.results.length)}\n\n${outcome.markdown}` : outcome.markdown,
    );
    // A failed apply must be planned again anyway, so it never keeps the environment locked.
    if (!result.ok || rc.config.github.releaseLockOn === "apply") await locks.release(env, pr.number);
    if (result.ok) await recheckDriftAfterApply(ctx, rc, env);
    return { environment: env, ok: result.ok, planHash: record.planHash };
  } catch (e) {
    await settleFailedApply(ctx, pr, current, deploymentId, e);
    await locks.release(env, pr.number).catch((err: unknown) => {
      ctx.log.error(`could not release the lock on ${env} after a failed apply: ${String(err)}`);
    });
    if (e instanceof PlagenticError) return { environment: env, ok: false, planHash: record.planHash };
    markReported(e);
    throw e;
  }
}

/** Marks the plan, the deployment and the status failed and says why, as far as GitHub lets us. */
async function settleFailedApply(
  ctx: GitHubContext,
  pr: PullRequestInfo,
  sticky: StickyPlan,
  deploymentId: number | null,
  e: unknown,
): Promise<void> {
  const env = sticky.record.environment;
  const stale = e instanceof StalePlanError || e instanceof ResumeRefusedError;
  const steps: (() => Promise<unknown>)[] = [
    () => updatePlanRecord(ctx, sticky, { ...sticky.record, status: stale ? "stale" : "failed" }, null),
    () =>
      deploymentId === null
        ? Promise.resolve()
        : ctx.gh.createDeploymentStatus(ctx.repo, deploymentId, {
            state: stale ? "failure" : "error",
            description: stale ? "plan is stale" : "apply did not run",
          }),
    () =>
      publishStatus(
        ctx,
        env,
        pr.headSha,
        stale
          ? { kind: "stale", summary: "live state or spec changed since the plan" }
          : { kind: "apply-failed", summary: "apply did not run" },
      ),
    () =>
      reply(
        ctx,
        pr.number,
        stale
          ? planChanged(env)
          : e instanceof PlagenticError
            ? `Not applied: ${e.message}`
            : applyCrashed(env),
      ),
  ];
  await everyStep(steps, (err) => ctx.log.error(`while reporting a failed apply of ${env}: ${String(err)}`));
}

/**
 * Approvals on the current head from write users other than the requester and anyone who pushed,
 * authored or committed a commit of the pull request. The requester comes from `planIntent`
 * (re-read from GitHub); the record's requester is excluded as well.
 */
export async function checkApprovals(
  ctx: GitHubContext,
  pr: PullRequestInfo,
  record: PlanRecord,
  requester: string,
  match: ApprovalMatch,
): Promise<{ verdict: ApprovalVerdict; requester: string }> {
  const reviews = await ctx.gh.listReviews(ctx.repo, pr.number);
  const commits = await ctx.gh.listPullRequestCommits(ctx.repo, pr.number);
  const pushers = new Set<string>([record.requester, ...(record.pushedBy ?? [])]);
  for (const c of commits) {
    if (c.author) pushers.add(c.author);
    if (c.committer) pushers.add(c.committer);
  }
  const requirement = match.requirement;
  const permissions: Record<string, Permission> = {};
  for (const user of neededPermissions(reviews))
    permissions[user] = await ctx.gh.getPermission(ctx.repo, user);
  const teamMembership: Record<string, Record<string, boolean>> = {};
  if (requirement.teams.length > 0) {
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
    pushers: [...pushers],
    required: requirement.required,
    permissions,
    requirement: { permission: requirement.permission, teams: requirement.teams },
    teamMembership,
  });
  return { verdict, requester };
}
