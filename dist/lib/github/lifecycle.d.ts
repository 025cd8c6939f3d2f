/**
 * What happens to plans and locks as a pull request moves: a push makes its plans stale (and
 * re-plans them when `autoplan` is on); closing or merging releases its locks.
 */
import type { GitHubContext, PlanOutcome } from "./context.js";
export declare function onPullRequestPushed(ctx: GitHubContext, number: number, headSha: string, pusher: string | null): Promise<PlanOutcome[]>;
/** Releases every lock the PR holds; plans on a closed PR can no longer be applied. */
export declare function onPullRequestClosed(ctx: GitHubContext, number: number): Promise<string[]>;
