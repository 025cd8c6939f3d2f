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
