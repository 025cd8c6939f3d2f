/** Terraform plans reviewed by Plagentic: reading `terraform show -json` and building the review. */
export { MAX_PLAN_BYTES, MAX_PLAN_DEPTH, parseTerraformPlan } from "./plan-json.js";
export { readTerraformPlanFile } from "./read.js";
export { DEFAULT_REVIEW_ENVIRONMENT, reviewTerraformPlanBytes, sha256OfBytes, type ReviewOptions, } from "./review.js";
export * from "./model.js";
