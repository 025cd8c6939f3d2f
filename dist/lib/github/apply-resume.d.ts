/**
 * What a replica needs to resume an apply that another one claimed and did not finish (the
 * takeover itself is the queue's; the check of what is left is plan/resume.ts).
 */
import type { GitHubContext } from "./context.js";
import type { PullRequestInfo } from "./client.js";
import type { PlanRecord } from "./markers.js";
import { type StickyPlan } from "./plan-comments.js";
/**
 * The approved plan's change fingerprints as the App kept them, or null when none were (or the
 * database answered with something that is not a list of them).
 */
export declare function keptFingerprints(ctx: GitHubContext, record: PlanRecord): Promise<string[] | null>;
/**
 * A takeover that cannot be checked applies nothing. The lock stays with this pull request: the
 * environment may be half applied, and only a new plan here, reviewed, should move it on.
 */
export declare function refuseResume(ctx: GitHubContext, pr: PullRequestInfo, sticky: StickyPlan): Promise<void>;
