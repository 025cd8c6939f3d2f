/**
 * The per-environment signal on the commit: a check run `plagentic/<env>` in App mode (with an
 * Apply button once the requirements are met) or a commit status in Action mode, where a
 * workflow token cannot attach buttons. One function, so both faces say the same thing.
 *
 * With `approvals.apply_on: merge` the check is what branch protection requires, so a plan that
 * still needs approvals (or planning again) must block: a check run concluding `neutral` counts
 * as passing there, so such a plan's check run stays in progress instead (docs/apply-on-merge.md).
 */
import type { GitHubContext } from "./context.js";
import { neutralize } from "./neutralize.js";
import { repoConfigOf } from "./repo-config.js";

export type EnvironmentState =
  | { kind: "awaiting-approval"; summary: string; canApply: boolean }
  /** Approved for the head; with `apply_on: merge` it applies when the pull request merges. */
  | { kind: "approved"; summary: string }
  | { kind: "no-changes"; summary: string }
  | { kind: "policy-failed"; summary: string }
  | { kind: "stale"; summary: string }
  | { kind: "applying"; summary: string }
  | { kind: "applied"; summary: string }
  | { kind: "apply-failed"; summary: string };

/** The check run's button id; the environment travels as the check run's external id. */
export const APPLY_ACTION = "apply";

export function statusName(environment: string): string {
  return `plagentic/${environment}`;
}

export async function publishStatus(
  ctx: GitHubContext,
  environment: string,
  sha: string,
  state: EnvironmentState,
  detailsText?: string,
): Promise<void> {
  const name = statusName(environment);
  const title = TITLES[state.kind];
  if (ctx.mode === "app") {
    const done = state.kind !== "applying" && !(await blocksMerge(ctx, state));
    await ctx.gh.createCheckRun(ctx.repo, {
      name,
      headSha: sha,
      status: done ? "completed" : "in_progress",
      ...(done && { conclusion: CONCLUSIONS[state.kind] }),
      title,
      summary: neutralize(state.summary),
      ...(detailsText !== undefined && { text: neutralize(detailsText) }),
      ...(state.kind === "awaiting-approval" &&
        state.canApply && {
          actions: [
            {
              label: "Apply",
              description: `Apply the approved plan to ${environment}`.slice(0, 40),
              identifier: APPLY_ACTION,
            },
          ],
        }),
      externalId: environment,
    });
    return;
  }
  await ctx.gh.createCommitStatus(ctx.repo, {
    sha,
    context: name,
    state: STATUS_STATES[state.kind],
    description: `${title}: ${state.summary}`.slice(0, 140),
  });
}

/** A state that must hold back a merge that would apply: only pending ones, which are neutral otherwise. */
async function blocksMerge(ctx: GitHubContext, state: EnvironmentState): Promise<boolean> {
  if (state.kind !== "awaiting-approval" && state.kind !== "stale") return false;
  return (await repoConfigOf(ctx)).config.approvals.applyOn === "merge";
}

const TITLES: Record<EnvironmentState["kind"], string> = {
  "awaiting-approval": "Plan ready, awaiting approval",
  approved: "Approved; applies when merged",
  "no-changes": "No changes",
  "policy-failed": "Policy failed",
  stale: "Plan is stale",
  applying: "Applying",
  applied: "Applied",
  "apply-failed": "Apply failed",
};

const CONCLUSIONS = {
  "awaiting-approval": "neutral",
  approved: "success",
  "no-changes": "success",
  "policy-failed": "failure",
  stale: "neutral",
  applying: "neutral",
  applied: "success",
  "apply-failed": "failure",
} as const;

const STATUS_STATES = {
  "awaiting-approval": "pending",
  approved: "success",
  "no-changes": "success",
  "policy-failed": "failure",
  stale: "pending",
  applying: "pending",
  applied: "success",
  "apply-failed": "failure",
} as const;
