/**
 * Applying when a pull request merges into the default branch (`approvals.apply_on: merge`).
 * Each plan record on the pull request goes through apply-flow's gate, judged on the final head:
 * planned, passed policy, has changes, made for the head; its intent re-read; approvals on the
 * head by others than the requester and the pushers, each approver authorized to apply; this
 * pull request holds the lock. Then merge-apply-run.ts applies it from the merge commit.
 *
 * A refusal is said on the pull request and discards the plan, so a redelivered `closed` event
 * stays quiet; a plan taken or applied already is skipped, which makes redelivery apply nothing.
 * Only a failed or interrupted apply keeps its environment locked (the caller releases the rest).
 */
import { type Actor } from "./access.js";
import type { ApplyOutcome, GitHubContext } from "./context.js";
export interface MergeApplyResult {
    applies: ApplyOutcome[];
    /** Environments whose apply failed: their locks stay with the pull request. */
    keepLocked: string[];
}
export declare function applyOnMerge(ctx: GitHubContext, number: number, merger: Actor | null): Promise<MergeApplyResult>;
