import { Workspace } from "./plan/workspace.js";
export { loadConfig, parseConfig } from "./config/loader.js";
export { loadTeam, listTeams, parseTeam } from "./team/loader.js";
export { parseEnvironment } from "./spec/parse.js";
export { loadEnvironment, listEnvironmentNames } from "./spec/load.js";
export { getResourceType, resourceTypes } from "./spec/registry.js";
export { PlagenticError, SpecError, RefusedError, NotFoundError } from "./spec/errors.js";
export { StalePlanError } from "./plan/apply.js";
export { Workspace } from "./plan/workspace.js";
export { renderPlanText, renderPlanMarkdown, renderPlanJson } from "./render/index.js";
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
