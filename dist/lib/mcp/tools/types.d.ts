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
export declare function defineTool<I extends z.ZodRawShape>(tool: McpTool<I>): McpTool<I>;
/** Reads only files of this repository. */
export declare const READS_FILES: ToolAnnotations;
/** Reads live state from the environment's cloud, and changes nothing. */
export declare const READS_CLOUD: ToolAnnotations;
/** Checked against the spec parser's name rule in the handler, which gives the CLI's message. */
export declare const environmentArg: z.ZodString;
export declare const specTextArg: z.ZodString;
/** A plan exactly as `plagentic plan --json` prints it; the fields named here are always present. */
export declare const planSchema: z.ZodObject<{
    formatVersion: z.ZodNumber;
    environment: z.ZodString;
    provider: z.ZodString;
    region: z.ZodString;
    destroy: z.ZodBoolean;
    changes: z.ZodArray<z.ZodObject<{
        address: z.ZodString;
        action: z.ZodString;
    }, z.core.$loose>>;
    summary: z.ZodObject<{
        add: z.ZodNumber;
        change: z.ZodNumber;
        destroy: z.ZodNumber;
    }, z.core.$loose>;
    cost: z.ZodObject<{
        monthlyBefore: z.ZodNumber;
        monthlyAfter: z.ZodNumber;
        monthlyDelta: z.ZodNumber;
    }, z.core.$loose>;
    policy: z.ZodObject<{
        verdict: z.ZodString;
        findings: z.ZodArray<z.ZodObject<{}, z.core.$loose>>;
    }, z.core.$loose>;
    unsupported: z.ZodArray<z.ZodString>;
    hash: z.ZodString;
}, z.core.$loose>;
