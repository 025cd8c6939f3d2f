import { z } from "zod";
import { hasChanges } from "../../plan/engine.js";
import { renderPlanJson, renderPlanText } from "../../render/index.js";
import { planEnvironment } from "../planning.js";
import { defineTool, environmentArg, planSchema, READS_CLOUD } from "./types.js";
export const plan = defineTool({
    name: "plan",
    title: "Plan an environment",
    description: "Diff an environment's spec against its live state: the changes, the monthly cost, the policy verdict and the plan hash that an apply is bound to. Reads the cloud; changes nothing",
    input: {
        environment: environmentArg,
        destroy: z.boolean().optional().describe("Plan removing everything the environment owns"),
    },
    output: { plan: planSchema },
    annotations: () => READS_CLOUD,
    async handler(ctx, { environment, destroy }) {
        const p = await planEnvironment(ctx, environment, destroy ?? false);
        return {
            text: renderPlanText(p, { color: false }) + nextStep(p, ctx.options),
            // The JSON `plagentic plan --json` prints, so its hash is the one the CLI and reviewers see.
            structured: { plan: JSON.parse(renderPlanJson(p)) },
        };
    },
});
function nextStep(p, options) {
    if (!hasChanges(p) || p.policy.verdict === "fail")
        return "";
    const destroy = p.destroy ? " --destroy" : "";
    return options.allowApply
        ? `\nTo apply exactly this plan: call apply with environment "${p.environment}" and plan_hash "${p.hash}"${p.destroy ? " and destroy true" : ""}.\n`
        : `\nTo apply exactly this plan after review: plagentic apply ${p.environment} --plan ${p.hash.slice(0, 12)}${destroy}\n`;
}
