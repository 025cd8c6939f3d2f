/**
 * Where a preview's name stands for its derived spec: the small hooks plan-flow and apply-flow
 * call, so that `<env>-pr-<N>` is planned, priced, capped, registered and applied from the pull
 * request head's spec of `<env>` (preview-spec.ts) wherever a plan of it is made or applied.
 */
import type { PlanDigest, PlanMarkdownJob } from "../plan/jobs.js";
import type { PullRequestInfo } from "./client.js";
import type { GitHubContext } from "./context.js";
import { type RepoConfig } from "./repo-config.js";
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
export declare function previewOf(rc: RepoConfig, name: string, pr: number): PreviewTarget | null;
/**
 * Hook for plan-flow and apply-flow: the spec of `name` at the pull request's head. A preview of
 * this pull request is derived from its parent's spec; any other name is read as it is.
 */
export declare function readPlanSpec(ctx: GitHubContext, rc: RepoConfig, name: string, pr: PullRequestInfo): Promise<PlanSpecSource | null>;
/** Hook for plan-flow: a preview's comment shows its hourly cost, and says what happens next. */
export declare function previewMarkdown(rc: RepoConfig, preview: PreviewTarget): Partial<PlanMarkdownJob>;
/** Hook for plan-flow: why a preview plan may not be applied (over `previews.max_monthly_cost`), or null. */
export declare function previewHold(rc: RepoConfig, preview: PreviewTarget, plan: PlanDigest, destroy: boolean): string | null;
/** Hook for apply-flow: only the preview verb's own apply, with approvals off, skips approvals. */
export declare function approvalWaived(rc: RepoConfig, trigger: PreviewApplyTrigger, environment: string, pr: number): boolean;
/** Hook for apply-flow: a preview is registered before anything of it exists, so it is always found to destroy. */
export declare function registerPreview(ctx: GitHubContext, rc: RepoConfig, preview: PreviewTarget, pr: PullRequestInfo): Promise<void>;
