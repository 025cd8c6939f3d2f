import { z } from "zod";
import { renderDriftText } from "../../render/index.js";
import { loadEnvironment } from "../planning.js";
import { defineTool, environmentArg, READS_CLOUD } from "./types.js";
export const drift = defineTool({
    name: "drift",
    title: "Check an environment for drift",
    description: "Report live changes made outside Plagentic: edited, missing and unmanaged resources",
    input: { environment: environmentArg },
    output: {
        environment: z.string(),
        provider: z.string(),
        checked: z.number(),
        items: z.array(z.looseObject({ address: z.string(), type: z.string(), kind: z.string() })),
    },
    annotations: () => READS_CLOUD,
    async handler(ctx, { environment }) {
        const report = await ctx.workspace.drift(await loadEnvironment(ctx, environment));
        return { text: renderDriftText(report, { color: false }), structured: { ...report } };
    },
});
