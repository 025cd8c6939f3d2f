/** Every tool the MCP server offers; adding one is a file beside this and a row here. */
import { apply } from "./apply.js";
import { checkPolicy } from "./check-policy.js";
import { describeLive } from "./describe-live.js";
import { drift } from "./drift.js";
import { estimateCost } from "./estimate-cost.js";
import { explainPlanTool } from "./explain-plan.js";
import { listEnvironments } from "./list-environments.js";
import { plan } from "./plan.js";
import { proposeSpecChange } from "./propose-spec-change.js";
import { readSpec } from "./read-spec.js";
export const TOOLS = [
    listEnvironments,
    readSpec,
    plan,
    drift,
    estimateCost,
    checkPolicy,
    describeLive,
    explainPlanTool,
    proposeSpecChange,
    apply,
];
