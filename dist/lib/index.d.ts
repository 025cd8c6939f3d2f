/**
 * The Plagentic SDK: the same calls the CLI and the GitHub faces make.
 *
 * ```ts
 * import { plan, apply } from "plagentic";
 * const p = await plan("staging");
 * if (p.policy.verdict !== "fail") await apply("staging", { planHash: p.hash });
 * ```
 */
import type { ApplyResult, DriftReport, Plan } from "./plan/model.js";
import { type WorkspaceOptions } from "./plan/workspace.js";
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
