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
export type EnvironmentState = {
    kind: "awaiting-approval";
    summary: string;
    canApply: boolean;
}
/** Approved for the head; with `apply_on: merge` it applies when the pull request merges. */
 | {
    kind: "approved";
    summary: string;
} | {
    kind: "no-changes";
    summary: string;
} | {
    kind: "policy-failed";
    summary: string;
} | {
    kind: "stale";
    summary: string;
} | {
    kind: "applying";
    summary: string;
} | {
    kind: "applied";
    summary: string;
} | {
    kind: "apply-failed";
    summary: string;
};
/** The check run's button id; the environment travels as the check run's external id. */
export declare const APPLY_ACTION = "apply";
export declare function statusName(environment: string): string;
export declare function publishStatus(ctx: GitHubContext, environment: string, sha: string, state: EnvironmentState, detailsText?: string): Promise<void>;
