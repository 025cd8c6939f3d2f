import { z } from "zod";
import { hashMatches } from "../../plan/apply.js";
import { explainPlan } from "../../render/plan-explain.js";
import { planEnvironment } from "../planning.js";
import { defineTool, environmentArg, READS_CLOUD } from "./types.js";
export const explainPlanTool = defineTool({
    name: "explain_plan",
    title: "Explain a plan",
    description: "Explain an environment's current plan in plain words: each change, why it happens, its cost and what policy says. Given plan_hash, also says whether that plan is still current",
    input: {
        environment: environmentArg,
        plan_hash: z
            .string()
            .max(64)
            .optional()
            .describe("A plan hash seen earlier, to check it is still current"),
    },
    output: {
        environment: z.string(),
        hash: z.string(),
        /** Set when plan_hash was given: whether it is no longer the current plan's. */
        stale: z.boolean().optional(),
        overview: z.array(z.string()),
        changes: z.array(z.object({ address: z.string(), action: z.string(), explanation: z.string() })),
    },
    annotations: () => READS_CLOUD,
    async handler(ctx, { environment, plan_hash }) {
        const p = await planEnvironment(ctx, environment);
        const { overview, changes } = explainPlan(p);
        const stale = plan_hash === undefined ? undefined : !hashMatches(p.hash, plan_hash);
        const staleLine = stale
            ? ["The plan_hash given is stale: the spec or the live state changed since. The current plan is below."]
            : [];
        const text = [...staleLine, ...overview, ...changes.map((c) => `- ${c.explanation}`)].join("\n");
        return {
            text,
            structured: { environment, hash: p.hash, ...(stale !== undefined && { stale }), overview, changes },
        };
    },
});
