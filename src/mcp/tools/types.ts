/**
 * The contract of an MCP tool: adding one is a file in this folder and a row in index.ts. The
 * server registers each row with its schemas and annotations and runs its handler through the
 * shared redaction and error mapping (results.ts), so a tool only computes its answer.
 */
import type { ToolAnnotations } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import type { McpContext, McpOptions } from "../context.js";
import type { ToolOutput } from "../results.js";

export interface McpTool<I extends z.ZodRawShape = z.ZodRawShape> {
  name: string;
  title: string;
  description: string;
  input: I;
  /** What `structuredContent` holds; every result is checked against it. */
  output: z.ZodRawShape;
  /** Honest for the mode the server runs in (propose_spec_change writes only with --allow-write). */
  annotations(options: McpOptions): ToolAnnotations;
  /** Whether the server offers the tool at all; always when absent. */
  when?(options: McpOptions): boolean;
  handler(ctx: McpContext, args: z.infer<z.ZodObject<I>>): Promise<ToolOutput>;
}

export function defineTool<I extends z.ZodRawShape>(tool: McpTool<I>): McpTool<I> {
  return tool;
}

/** Reads only files of this repository. */
export const READS_FILES: ToolAnnotations = {
  readOnlyHint: true,
  destructiveHint: false,
  idempotentHint: true,
  openWorldHint: false,
};

/** Reads live state from the environment's cloud, and changes nothing. */
export const READS_CLOUD: ToolAnnotations = { ...READS_FILES, openWorldHint: true };

/** Checked against the spec parser's name rule in the handler, which gives the CLI's message. */
export const environmentArg = z.string().min(1).max(200).describe("Environment name, e.g. staging");

export const specTextArg = z
  .string()
  .describe(
    "The full YAML of the spec, not a fragment or a diff; values shown masked as *** may stay masked",
  );

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
