/**
 * Where a preview's name stands for its derived spec: the small hooks plan-flow and apply-flow
 * call, so that `<env>-pr-<N>` is planned, priced, capped, registered and applied from the pull
 * request head's spec of `<env>` (preview-spec.ts) wherever a plan of it is made or applied.
 */
import type { PlanDigest, PlanMarkdownJob } from "../plan/jobs.js";
import type { PullRequestInfo } from "./client.js";
import type { GitHubContext } from "./context.js";
import { previewAppliesNow, previewOverCap } from "./preview-messages.js";
import { createPreviewRegistry } from "./preview-registry.js";
import { derivePreviewSpec, parsePreviewName } from "./preview-spec.js";
import { readRepoSpec, type RepoConfig } from "./repo-config.js";

/** How an apply was asked for; `preview` only by the preview verb itself (never from a webhook). */
export type PreviewApplyTrigger = "approval" | "command" | "button" | "preview";

export interface PreviewTarget {
  name: string;
  parent: string;
  pr: number;
}

/** The spec a plan of `name` is made from; `preview` is set when it is a derived preview. */
export interface PlanSpecSource {
  file: string;
  text: string;
  preview?: PreviewTarget;
}

/** `name` as a preview of pull request `pr`, when config allows previews of its parent. */
export function previewOf(rc: RepoConfig, name: string, pr: number): PreviewTarget | null {
  const parsed = parsePreviewName(name);
  if (parsed === null || parsed.pr !== pr || !rc.config.previews?.environments.includes(parsed.parent))
    return null;
  return { name, ...parsed };
}

/**
 * Hook for plan-flow and apply-flow: the spec of `name` at the pull request's head. A preview of
 * this pull request is derived from its parent's spec; any other name is read as it is.
 */
export async function readPlanSpec(
  ctx: GitHubContext,
  rc: RepoConfig,
  name: string,
  pr: PullRequestInfo,
): Promise<PlanSpecSource | null> {
  const preview = previewOf(rc, name, pr.number);
  const own = await readRepoSpec(ctx.gh, ctx.repo, rc, name, pr.headSha);
  // A real environment of that name is itself, never a preview: two specs must not share one name.
  if (preview === null || own !== null) return own;
  const parent = await readRepoSpec(ctx.gh, ctx.repo, rc, preview.parent, pr.headSha);
  if (parent === null) return null;
  const derived = derivePreviewSpec({ name: preview.parent, ...parent }, pr.number, rc.config.limits);
  return { file: derived.file, text: derived.text, preview };
}

/** Hook for plan-flow: a preview's comment shows its hourly cost, and says what happens next. */
export function previewMarkdown(rc: RepoConfig, preview: PreviewTarget): Partial<PlanMarkdownJob> {
  return {
    title: `Plagentic preview plan for \`${preview.name}\` (preview of \`${preview.parent}\`)`,
    hourly: true,
    ...(!rc.config.previews?.requireApproval && {
      nextStep: {
        policyFailed: `**Policy failed**, so this preview is not applied. Fix the spec, push, and comment \`/plagentic preview ${preview.parent}\`.`,
        noChanges: "Nothing to apply.",
        ready: previewAppliesNow(preview.name, preview.parent),
      },
    }),
  };
}

/** Hook for plan-flow: why a preview plan may not be applied (over `previews.max_monthly_cost`), or null. */
export function previewHold(
  rc: RepoConfig,
  preview: PreviewTarget,
  plan: PlanDigest,
  destroy: boolean,
): string | null {
  const cap = rc.config.previews?.maxMonthlyCost;
  if (cap === undefined || destroy || !plan.hasChanges) return null;
  if (plan.cost.unknownPrices === 0 && plan.cost.monthlyAfter <= cap) return null;
  return previewOverCap(preview.name, plan.cost.monthlyAfter, cap, plan.cost.unknownPrices);
}

/** Hook for apply-flow: only the preview verb's own apply, with approvals off, skips approvals. */
export function approvalWaived(
  rc: RepoConfig,
  trigger: PreviewApplyTrigger,
  environment: string,
  pr: number,
): boolean {
  return (
    trigger === "preview" && previewOf(rc, environment, pr) !== null && !rc.config.previews?.requireApproval
  );
}

/** Hook for apply-flow: a preview is registered before anything of it exists, so it is always found to destroy. */
export async function registerPreview(
  ctx: GitHubContext,
  rc: RepoConfig,
  preview: PreviewTarget,
  pr: PullRequestInfo,
) {
  const registry = createPreviewRegistry(ctx.gh, ctx.repo);
  const existing = await registry.get(preview.name);
  const now = ctx.now();
  const ttl = rc.config.previews?.ttlHours;
  const createdAt = existing?.pr === pr.number ? existing.createdAt : now.toISOString();
  const expiresAt =
    existing?.pr === pr.number
      ? existing.expiresAt
      : ttl === undefined
        ? null
        : new Date(now.getTime() + ttl * 3_600_000).toISOString();
  if (existing?.headSha === pr.headSha && existing.pr === pr.number) return;
  await registry.put(
    { pr: pr.number, parent: preview.parent, name: preview.name, createdAt, expiresAt, headSha: pr.headSha },
    pr.headSha,
  );
}
