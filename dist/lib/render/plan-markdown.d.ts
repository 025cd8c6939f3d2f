import type { Plan } from "../plan/model.js";
export interface PlanMarkdownOptions {
    /** What the reader does next, e.g. "Approve this PR or comment `/plagentic apply staging`." */
    nextStep?: string;
    /** Hidden line put at the top of every part so the bot can find its comments again. */
    marker?: string;
    title?: string;
    /** Characters per comment; GitHub's limit unless a test or another host needs less. */
    limit?: number;
    /** Comments at most; the diff is cut, with a note, where they are full. */
    maxParts?: number;
    /** Show the diff open, however long (`/plagentic plan --verbose`). */
    unfolded?: boolean;
    /** Also state the cost after the change per hour, as a preview environment is billed. */
    hourly?: boolean;
}
/** A diff this long is folded into <details> so the cost and the verdict stay in view. */
export declare const FOLD_DIFF_LINES = 20;
export declare function renderPlanMarkdown(input: Plan, opts?: PlanMarkdownOptions): string[];
