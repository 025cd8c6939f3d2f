import { z } from "zod";
import { loadEnvironment } from "../planning.js";
import { defineTool, environmentArg, READS_CLOUD } from "./types.js";
export const describeLive = defineTool({
    name: "describe_live",
    title: "Describe live resources",
    description: "The live resources an environment owns (carrying its ownership tags), as its cloud reports them",
    input: { environment: environmentArg },
    output: {
        environment: z.string(),
        resources: z.array(z.object({
            address: z.string(),
            type: z.string(),
            id: z.string(),
            attributes: z.record(z.string(), z.unknown()),
            tags: z.record(z.string(), z.string()),
        })),
    },
    annotations: () => READS_CLOUD,
    async handler(ctx, { environment }) {
        const live = await ctx.workspace.liveResources(await loadEnvironment(ctx, environment));
        const resources = live.map(({ address, type, id, attributes, tags }) => ({
            address,
            type,
            id,
            attributes,
            tags,
        }));
        const lines = resources.map((r) => `${r.address} (${r.type}): ${r.id}`);
        return {
            text: lines.length > 0 ? lines.join("\n") : `${environment} owns no live resources.`,
            structured: { environment, resources },
        };
    },
});
