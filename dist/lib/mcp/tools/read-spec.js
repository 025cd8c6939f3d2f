import { z } from "zod";
import { currentSpec } from "../context.js";
import { defineTool, environmentArg, READS_FILES } from "./types.js";
export const readSpec = defineTool({
    name: "read_spec",
    title: "Read an environment spec",
    description: "Read an environment's spec (YAML) as it is in the working tree; configured secrets are shown as ***",
    input: { environment: environmentArg },
    output: { environment: z.string(), file: z.string(), text: z.string() },
    annotations: () => READS_FILES,
    async handler(ctx, { environment }) {
        const { file, text } = await currentSpec(ctx, environment);
        return { text: `${file}:\n${text}`, structured: { environment, file, text } };
    },
});
