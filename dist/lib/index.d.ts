import type { ApplyResult, DriftReport, Plan } from "./plan/model.js";
import { type WorkspaceOptions } from "./plan/workspace.js";
import type { TerraformReview } from "./terraform/model.js";
export { loadConfig, parseConfig } from "./config/loader.js";
export type { LoadedConfig } from "./config/model.js";
export { loadTeam, listTeams, parseTeam } from "./team/loader.js";
export { parseEnvironment } from "./spec/parse.js";
export { loadEnvironment, listEnvironmentNames } from "./spec/load.js";
export { getResourceType, resourceTypes } from "./spec/registry.js";
export { PlagenticError, SpecError, RefusedError, NotFoundError } from "./spec/errors.js";
export { StalePlanError } from "./plan/apply.js";
export { Workspace } from "./plan/workspace.js";
export type { WorkspaceOptions } from "./plan/workspace.js";
export type * from "./plan/model.js";
export type * from "./cost/model.js";
export type * from "./policy/model.js";
export type * from "./spec/model.js";
export type { Provider, LiveResource, ResourceOperation } from "./providers/provider.js";
export { renderPlanText, renderPlanMarkdown, renderPlanJson } from "./render/index.js";
export { renderTerraformReviewJson, renderTerraformReviewMarkdown, renderTerraformReviewText, } from "./render/terraform-review.js";
export type * from "./terraform/model.js";
export interface SdkOptions extends WorkspaceOptions {
    /** Plan (or apply) the removal of everything the environment owns. */
    destroy?: boolean;
}
/** Plans an environment: diff against live state, monthly cost and policy verdict. */
export declare function plan(environment: string, opts?: SdkOptions): Promise<Plan>;
/**
 * Applies the plan with the given hash. The plan is re-derived first; if it no longer hashes to
 * `planHash` nothing is changed and a StalePlanError is thrown.
 */
export declare function apply(environment: string, opts: SdkOptions & {
    planHash: string;
}): Promise<ApplyResult>;
/** Reports live changes made outside Plagentic. */
export declare function drift(environment: string, opts?: SdkOptions): Promise<DriftReport>;
export interface TerraformReviewOptions extends WorkspaceOptions {
    /** A label for the environment the plan is for; `terraform` when absent. */
    environment?: string;
    /** The region to price in; the aws provider's constant `region` in the plan otherwise. */
    region?: string;
}
/**
 * Reviews a Terraform plan (`terraform show -json <planfile>` output, by path or as its text):
 * the changes with Terraform's actions, the cost and the policy verdict. Never applies anything.
 */
export declare function reviewTerraformPlan(plan: string | {
    text: string | Uint8Array;
    name?: string;
}, opts?: TerraformReviewOptions): Promise<TerraformReview>;
