/**
 * A Terraform plan review for the terminal and for a GitHub comment. The review is laid out by the
 * plan renderers themselves (diff, cost table, policy verdict), from a plan-shaped view of it, so
 * the two reviews never drift apart; what only a Terraform plan has (reads, forgets, types
 * Plagentic does not know, the plan file's hash) is added around them.
 */
import type { Plan } from "../plan/model.js";
import type { TerraformReview } from "../terraform/model.js";
import { type PlanMarkdownOptions } from "./plan-markdown.js";
import { type PlanTextOptions } from "./plan-text.js";
/** The review as the plan renderers take it; its hash is the plan file's, the one a reader checks. */
export declare function reviewAsPlan(review: TerraformReview): Plan;
export declare function renderTerraformReviewText(input: TerraformReview, opts: PlanTextOptions): string;
export interface TerraformMarkdownOptions extends Pick<PlanMarkdownOptions, "marker" | "limit" | "maxParts"> {
    /** Words after the review, e.g. what the workflow does next. */
    nextStep?: string;
}
/** The GitHub comment(s). Neutralize them before posting, as every comment is. */
export declare function renderTerraformReviewMarkdown(input: TerraformReview, opts?: TerraformMarkdownOptions): string[];
export declare function renderTerraformReviewJson(review: TerraformReview): string;
