/**
 * A plan for the terminal, laid out like `terraform plan` followed by the cost and the policy
 * verdict. The sections that grow with the plan are capped (generously), so a plan of 100,000
 * changes prints a bounded text with a note instead of a million lines.
 */
import type { Plan } from "../plan/model.js";
export interface PlanTextOptions {
    color: boolean;
    /** Diff lines at most; the rest of the plan is left to `--json`. */
    maxDiffLines?: number;
    /** Cost rows, cost notes and policy findings at most, each. */
    maxRows?: number;
}
export declare const TEXT_DIFF_LINES = 50000;
export declare const TEXT_ROWS = 5000;
export declare function renderPlanText(input: Plan, opts: PlanTextOptions): string;
