import type { TerraformReview } from "../terraform/model.js";
import type { IssueComment } from "./client.js";
import type { GitHubContext } from "./context.js";
export declare const TERRAFORM_STATUS = "plagentic/terraform";
/** Characters of the plan file's sha256 the status shows: enough to tell two files apart. */
export declare const SHOWN_HASH = 12;
export declare function terraformStatusDescription(review: TerraformReview): string;
/** Posts or updates the review's comment(s) on pull request `number`; returns the first. */
export declare function upsertTerraformReview(ctx: GitHubContext, number: number, planPath: string, review: TerraformReview): Promise<IssueComment>;
export declare function publishTerraformStatus(ctx: GitHubContext, sha: string, review: TerraformReview): Promise<void>;
