/**
 * The Plagentic SDK: the same calls the CLI and the GitHub faces make.
 *
 * ```ts
 * import { plan, apply } from "plagentic";
 * const p = await plan("staging");
 * if (p.policy.verdict !== "fail") await apply("staging", { planHash: p.hash });
 * ```
 */
import { usageRanges } from "./cost/index.js";
import { Workspace } from "./plan/workspace.js";
import { readTerraformPlanFile, reviewTerraformPlanBytes } from "./terraform/index.js";
export { loadConfig, parseConfig } from "./config/loader.js";
export { loadTeam, listTeams, parseTeam } from "./team/loader.js";
export { parseEnvironment } from "./spec/parse.js";
export { loadEnvironment, listEnvironmentNames } from "./spec/load.js";
export { getResourceType, resourceTypes } from "./spec/registry.js";
export { PlagenticError, SpecError, RefusedError, NotFoundError } from "./spec/errors.js";
export { StalePlanError } from "./plan/apply.js";
export { Workspace } from "./plan/workspace.js";
export { renderPlanText, renderPlanMarkdown, renderPlanJson } from "./render/index.js";
export { renderTerraformReviewJson, renderTerraformReviewMarkdown, renderTerraformReviewText, } from "./render/terraform-review.js";
async function withWorkspace(opts, fn) {
    const ws = await Workspace.open(opts);
    try {
        return await fn(ws);
    }
    finally {
        await ws.close();
    }
}
/** Plans an environment: diff against live state, monthly cost and policy verdict. */
export function plan(environment, opts = {}) {
    return withWorkspace(opts, async (ws) => (await ws.plan(await ws.loadEnvironment(environment), opts)).plan);
}
/**
 * Applies the plan with the given hash. The plan is re-derived first; if it no longer hashes to
 * `planHash` nothing is changed and a StalePlanError is thrown.
 */
export function apply(environment, opts) {
    return withWorkspace(opts, async (ws) => {
        const env = await ws.loadEnvironment(environment);
        return (await ws.apply(env, { expectedHash: opts.planHash, destroy: opts.destroy ?? false })).result;
    });
}
/** Reports live changes made outside Plagentic. */
export function drift(environment, opts = {}) {
    return withWorkspace(opts, async (ws) => ws.drift(await ws.loadEnvironment(environment)));
}
/**
 * Reviews a Terraform plan (`terraform show -json <planfile>` output, by path or as its text):
 * the changes with Terraform's actions, the cost and the policy verdict. Never applies anything.
 */
export function reviewTerraformPlan(plan, opts = {}) {
    return withWorkspace(opts, async (ws) => {
        const file = typeof plan === "string" ? plan : (plan.name ?? "plan.json");
        const bytes = typeof plan === "string" ? await readTerraformPlanFile(plan) : plan.text;
        return reviewTerraformPlanBytes(bytes, {
            file,
            catalog: ws.catalog,
            policies: ws.config.policies,
            usageRanges: usageRanges(ws.config.cost?.usageRanges),
            ...(opts.environment !== undefined && { environment: opts.environment }),
            ...(opts.region !== undefined && { region: opts.region }),
        });
    });
}
