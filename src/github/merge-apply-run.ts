/**
 * Applies one plan that passed the gate when its pull request merged (merge-apply.ts).
 *
 * The plan is re-derived from the MERGE COMMIT: its spec, the repository files it names, and the
 * default branch's config (which the merge commit now is), against the live cloud. The plan hash
 * also covers the commit the plan was made for, so the job is told the approved head's SHA, and
 * everything the plan is made of is read at the merge commit: the spec's digest and each file's
 * hash are in the plan, so a merge commit whose spec or files differ from the approved head's
 * hashes differently and is refused (StalePlanError) before anything is applied.
 *
 * The record is claimed (`applying`) before anything else, so a redelivered `closed` event finds it
 * taken. A failed apply opens an issue and keeps the lock; a refusal releases it.
 */
import { StalePlanError } from "../plan/apply.js";
import { PlagenticError } from "../spec/errors.js";
import type { PullRequestInfo } from "./client.js";
import { runnerOf, type ApplyOutcome, type GitHubContext } from "./context.js";
import { repositoryOf } from "./environment.js";
import { everyStep, markReported } from "./failures.js";
import { neutralize } from "./neutralize.js";
import {
  appliedOnMergeBanner,
  failedIssueBody,
  failedIssueTitle,
  failedOnMergeBanner,
  failedOnMergeReply,
  notAppliedBanner,
  notAppliedOnMerge,
} from "./merge-messages.js";
import { updatePlanRecord, type StickyPlan } from "./plan-comments.js";
import { reply } from "./replies.js";
import { readRepoSpec, type RepoConfig } from "./repo-config.js";
import { withRepositoryFiles } from "./repository-files.js";
import { publishStatus } from "./status.js";

export interface MergeApplyInput {
  pr: PullRequestInfo;
  mergeCommitSha: string;
  sticky: StickyPlan;
  destroy: boolean;
  /** Who the audit record names: whoever merged. */
  actor: string;
}

export async function runMergeApply(
  ctx: GitHubContext,
  rc: RepoConfig,
  input: MergeApplyInput,
): Promise<{ outcome: ApplyOutcome; keepLock: boolean }> {
  const { pr, mergeCommitSha, sticky } = input;
  const { record } = sticky;
  const env = record.environment;
  const short = record.planHash.slice(0, 12);
  const current = await updatePlanRecord(ctx, sticky, { ...record, status: "applying" }, null);
  let deploymentId: number | null = null;
  try {
    await publishStatus(ctx, env, pr.headSha, { kind: "applying", summary: `applying ${short} after merge` });
    deploymentId = (
      await ctx.gh.createDeployment(ctx.repo, {
        ref: mergeCommitSha,
        environment: env,
        description: `Plagentic plan ${short}`,
        payload: { planHash: record.planHash, pr: pr.number },
      })
    ).id;
    await ctx.gh.createDeploymentStatus(ctx.repo, deploymentId, {
      state: "in_progress",
      description: "applying",
    });

    const spec = await readRepoSpec(ctx.gh, ctx.repo, rc, env, mergeCommitSha);
    if (!spec) throw new PlagenticError(`the spec of ${env} is not in the merge commit`);
    const job = {
      config: rc.config,
      cwd: ctx.workDir,
      env: ctx.env,
      repository: repositoryOf(ctx),
      spec: { name: env, file: spec.file, text: spec.text },
      // The commit the approved plan was made for: see the note at the top of this file.
      commit: record.headSha,
      destroy: input.destroy,
      expectedHash: record.planHash,
      actor: input.actor,
      ...(ctx.deliveryId !== undefined && { attempt: `delivery:${ctx.deliveryId}` }),
    };
    const { result, markdown } = await withRepositoryFiles(ctx.gh, ctx.repo, mergeCommitSha, job, (j) =>
      runnerOf(ctx).apply(j),
    );
    const outcome = { environment: env, ok: result.ok, planHash: record.planHash };
    if (result.ok) {
      await updatePlanRecord(
        ctx,
        current,
        { ...record, status: "applied" },
        appliedOnMergeBanner(mergeCommitSha),
      );
      await ctx.gh.createDeploymentStatus(ctx.repo, deploymentId, {
        state: "success",
        description: "applied",
      });
      await publishStatus(ctx, env, pr.headSha, {
        kind: "applied",
        summary: `${result.results.length} resource(s) changed`,
      });
      await reply(ctx, pr.number, markdown);
      return { outcome, keepLock: false };
    }
    const issue = await openFailureIssue(ctx, input, markdown);
    await updatePlanRecord(ctx, current, { ...record, status: "failed" }, failedOnMergeBanner(issue));
    await ctx.gh.createDeploymentStatus(ctx.repo, deploymentId, {
      state: "failure",
      description: "some resources failed",
    });
    await publishStatus(ctx, env, pr.headSha, { kind: "apply-failed", summary: "some resources failed" });
    await reply(ctx, pr.number, `${failedOnMergeReply(env, issue)}\n\n${markdown}`);
    return { outcome, keepLock: true };
  } catch (e) {
    // Apply throws a PlagenticError only before it changes anything (the merge commit's plan
    // differs, its spec is gone, policy refuses), so such a refusal is said and released. Anything
    // else may have stopped half way, so it is kept locked like a failure.
    const refused = e instanceof PlagenticError;
    const reason =
      e instanceof StalePlanError
        ? "the plan made from the merge commit is not the approved one (the spec, its files, the config or the live cloud changed)"
        : e instanceof PlagenticError
          ? e.message
          : "an unexpected error (the log has the details)";
    await settle(ctx, input, current, deploymentId, refused, reason);
    if (refused)
      return { outcome: { environment: env, ok: false, planHash: record.planHash }, keepLock: false };
    markReported(e);
    throw e;
  }
}

/** An apply an earlier delivery claimed and never finished: reported like a failure, kept locked. */
export async function reportInterrupted(ctx: GitHubContext, input: MergeApplyInput): Promise<void> {
  await settle(
    ctx,
    input,
    input.sticky,
    null,
    false,
    "it was interrupted before it finished (the process applying it stopped)",
  );
}

/** Opens the follow-up issue for a failed apply; null when GitHub would not (the PR still says so). */
async function openFailureIssue(
  ctx: GitHubContext,
  input: MergeApplyInput,
  result: string,
): Promise<number | null> {
  const env = input.sticky.record.environment;
  try {
    const issue = await ctx.gh.createIssue(ctx.repo, {
      title: failedIssueTitle(env, input.pr.number),
      // The result quotes the cloud's error messages: no line of it may read as a marker or command.
      body: neutralize(
        failedIssueBody({
          environment: env,
          pr: input.pr.number,
          planHash: input.sticky.record.planHash,
          mergeCommitSha: input.mergeCommitSha,
          result,
        }),
      ),
    });
    return issue.number;
  } catch (err) {
    ctx.log.error(`could not open an issue for the failed apply of ${env}: ${String(err)}`);
    return null;
  }
}

/** Marks the plan, the deployment and the check as refused or failed, as far as GitHub lets us. */
async function settle(
  ctx: GitHubContext,
  input: MergeApplyInput,
  sticky: StickyPlan,
  deploymentId: number | null,
  refused: boolean,
  reason: string,
): Promise<void> {
  const env = sticky.record.environment;
  const issue = refused ? null : await openFailureIssue(ctx, input, `Not applied to the end: ${reason}.`);
  const steps: (() => Promise<unknown>)[] = [
    () =>
      updatePlanRecord(
        ctx,
        sticky,
        { ...sticky.record, status: refused ? "stale" : "failed" },
        refused ? notAppliedBanner(reason) : failedOnMergeBanner(issue),
      ),
    () =>
      deploymentId === null
        ? Promise.resolve()
        : ctx.gh.createDeploymentStatus(ctx.repo, deploymentId, {
            state: refused ? "failure" : "error",
            description: refused ? "not applied" : "apply did not finish",
          }),
    () =>
      publishStatus(ctx, env, input.pr.headSha, {
        kind: "apply-failed",
        summary: refused ? `not applied: ${reason}` : "apply did not finish",
      }),
    () =>
      reply(ctx, input.pr.number, refused ? notAppliedOnMerge(env, reason) : failedOnMergeReply(env, issue)),
  ];
  await everyStep(steps, (err) =>
    ctx.log.error(`while reporting the apply of ${env} on merge: ${String(err)}`),
  );
}
