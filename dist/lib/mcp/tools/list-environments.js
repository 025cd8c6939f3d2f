import { z } from "zod";
import { PlagenticError } from "../../spec/errors.js";
import { specFile } from "../../team/spec-files.js";
import { defineTool, READS_FILES } from "./types.js";
export const listEnvironments = defineTool({
    name: "list_environments",
    title: "List environments",
    description: "List the environment specs (environments/<name>.yaml) with their provider and region",
    input: {},
    output: {
        environments: z.array(z.object({
            name: z.string(),
            file: z.string(),
            provider: z.string().nullable(),
            region: z.string().nullable(),
            /** Why the spec does not load, when it does not. */
            error: z.string().optional(),
        })),
    },
    annotations: () => READS_FILES,
    async handler(ctx) {
        const environments = [];
        for (const name of await ctx.workspace.environmentNames()) {
            let file = name;
            try {
                file = specFile(ctx.workspace, name);
                const { spec } = await ctx.workspace.loadEnvironment(name);
                environments.push({ name, file, provider: spec.provider, region: spec.region });
            }
            catch (e) {
                if (!(e instanceof PlagenticError))
                    throw e;
                environments.push({ name, file, provider: null, region: null, error: e.message });
            }
        }
        const lines = environments.map((e) => e.error
            ? `${e.name} (${e.file}): invalid: ${e.error}`
            : `${e.name} (${e.file}): ${e.provider}, ${e.region}`);
        return {
            text: lines.length > 0 ? lines.join("\n") : "There are no environment specs yet.",
            structured: { environments },
        };
    },
});
