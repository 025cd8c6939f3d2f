/**
 * An MCP server's tools as LangChain tools: a prefixed name the OpenAI function grammar accepts,
 * the server's description and JSON input schema (both bounded), and results given to the model
 * fenced as untrusted data. Every byte here comes from the server, so nothing is trusted.
 */
import { type StructuredToolInterface } from "@langchain/core/tools";
/** A tool as `listTools` describes it (the fields Plagentic reads). */
export interface ListedTool {
    name: string;
    description?: string | undefined;
    inputSchema: Record<string, unknown>;
    annotations?: {
        readOnlyHint?: unknown;
        destructiveHint?: unknown;
    } | undefined;
}
/** What a `callTool` answers (the fields Plagentic reads). */
export interface ToolResult {
    content?: unknown;
    structuredContent?: unknown;
    isError?: unknown;
}
/** `<server>__<tool>`, or why the tool cannot be offered under a name of its own. */
export declare function prefixedName(server: string, name: string): {
    name: string;
} | {
    problem: string;
};
/** Why a listed tool's input schema is not used, or undefined. */
export declare function schemaProblem(t: ListedTool): string | undefined;
export interface AdapterContext {
    server: string;
    /** Calls the tool on the server (bounded by the server's timeout_seconds). */
    call: (name: string, args: Record<string, unknown>) => Promise<ToolResult>;
    emit: (e: {
        kind: string;
        message: string;
    }) => void;
    redact: (text: string) => string;
}
export declare function adaptTool(t: ListedTool, name: string, ctx: AdapterContext): StructuredToolInterface;
/** Text parts joined; structured content as JSON when there is no text; other parts summarized. */
export declare function resultText(result: ToolResult): string;
