import { z } from "zod";
import { reportedFindings, verdictLabel } from "../../render/policy-lines.js";
import { planOf } from "../planning.js";
import { defineTool, environmentArg, READS_CLOUD, specTextArg } from "./types.js";
export const checkPolicy = defineTool({
    name: "check_policy",
    title: "Check policy",
    description: "Run the configured policies against an environment's plan, or against proposed spec text for it; a failing verdict blocks apply",
    input: {
        environment: environmentArg,
        spec_text: specTextArg.optional().describe("Proposed spec text to check; the spec on disk when absent"),
    },
    output: {
        environment: z.string(),
        planHash: z.string(),
        policy: z.looseObject({
            verdict: z.string(),
            evaluated: z.array(z.string()),
            findings: z.array(z.looseObject({ rule: z.string(), level: z.string(), message: z.string() })),
        }),
    },
    annotations: () => READS_CLOUD,
    async handler(ctx, { environment, spec_text }) {
        const p = await planOf(ctx, environment, spec_text);
        const lines = [
            `Policy verdict: ${verdictLabel(p.policy.verdict)}`,
            ...reportedFindings(p.policy).map((f) => `${f.level}: ${f.rule}: ${f.message}`),
        ];
        return { text: lines.join("\n"), structured: { environment, planHash: p.hash, policy: { ...p.policy } } };
    },
});
