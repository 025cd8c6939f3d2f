/**
 * The per-environment signal on the commit: a check run `plagentic/<env>` in App mode (with an
 * Apply button once the requirements are met) or a commit status in Action mode, where a
 * workflow token cannot attach buttons. One function, so both faces say the same thing.
 */
import type { GitHubContext } from "./context.js";
export type EnvironmentState = {
    kind: "awaiting-approval";
    summary: string;
    canApply: boolean;
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
