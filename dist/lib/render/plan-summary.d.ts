/** The one-line outcome of a plan, worded exactly as Terraform words it. */
import type { Plan, PlanSummary } from "../plan/model.js";
export declare const NO_CHANGES = "No changes. Your infrastructure matches the configuration.";
/** "Plan: 2 to add, 1 to change, 0 to destroy." — the planner counts a replace as one add and one destroy. */
export declare function summaryText(summary: PlanSummary): string;
export declare function unsupportedText(plan: Plan): string | undefined;
export declare function shortCommit(commit: string | null): string | undefined;
/**
 * The plan with control characters scrubbed (see `scrubControls`) everywhere but in its long lists:
 * changes, cost resources, unknown and usage-priced components, findings. A renderer scrubs each
 * item of those where it formats it, so a plan of 100,000 changes costs only what is shown.
 */
export declare function scrubOutsideLists(plan: Plan): Plan;
