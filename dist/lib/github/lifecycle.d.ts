/**
 * What happens to plans and locks as a pull request moves: a push makes its plans stale (and
 * re-plans them when `autoplan` is on); closing or merging releases its locks, after a merge has
 * applied its approved plans when the repository applies on merge (a failed one keeps its lock).
 */
import type { Actor } from "./access.js";
import type { ApplyOutcome, GitHubContext, PlanOutcome } from "./context.js";
export declare function onPullRequestPushed(ctx: GitHubContext, number: number, headSha: string, pusher: string | null): Promise<PlanOutcome[]>;
/**
 * Applies on merge first (merge-apply.ts), then releases every lock the PR holds but those of
 * failed applies; plans on a closed PR can no longer be applied.
 */
export declare function onPullRequestClosed(ctx: GitHubContext, number: number, closedBy?: Actor | null): Promise<{
    released: string[];
    applies: ApplyOutcome[];
}>;
