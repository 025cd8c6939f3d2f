import type { EventOutcome, GitHubContext } from "../github/context.js";
import type { TerraformReview } from "../terraform/model.js";
export interface TerraformReviewInput {
    /** The input as written: a path in the workspace. */
    planPath: string;
    /** The `environment` input, a label for the review. */
    environment: string;
    payload: any;
}
export declare function runTerraformReview(ctx: GitHubContext, input: TerraformReviewInput): Promise<{
    outcome: EventOutcome;
    review: TerraformReview;
}>;
