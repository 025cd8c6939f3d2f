import { z } from "zod";
export function defineTool(tool) {
    return tool;
}
/** Reads only files of this repository. */
export const READS_FILES = {
    readOnlyHint: true,
    destructiveHint: false,
    idempotentHint: true,
    openWorldHint: false,
};
/** Reads live state from the environment's cloud, and changes nothing. */
export const READS_CLOUD = { ...READS_FILES, openWorldHint: true };
/** Checked against the spec parser's name rule in the handler, which gives the CLI's message. */
export const environmentArg = z.string().min(1).max(200).describe("Environment name, e.g. staging");
export const specTextArg = z
    .string()
    .describe("The full YAML of the spec, not a fragment or a diff; values shown masked as *** may stay masked");
/** A plan exactly as `plagentic plan --json` prints it; the fields named here are always present. */
export const planSchema = z.looseObject({
    formatVersion: z.number(),
    environment: z.string(),
    provider: z.string(),
    region: z.string(),
    destroy: z.boolean(),
    changes: z.array(z.looseObject({ address: z.string(), action: z.string() })),
    summary: z.looseObject({ add: z.number(), change: z.number(), destroy: z.number() }),
    cost: z.looseObject({ monthlyBefore: z.number(), monthlyAfter: z.number(), monthlyDelta: z.number() }),
    policy: z.looseObject({ verdict: z.string(), findings: z.array(z.looseObject({})) }),
    unsupported: z.array(z.string()),
    hash: z.string(),
});
