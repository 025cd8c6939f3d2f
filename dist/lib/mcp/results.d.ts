/**
 * How tool results leave the server: every text and every structured value through the same
 * redactor as the other faces (invariant 7), and errors as MCP tool errors carrying the message
 * the CLI would print. Shared by all tools so no tool can skip it.
 */
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
type Redact = (text: string) => string;
/** What a tool's handler returns: a short text for humans and the value its output schema describes. */
export interface ToolOutput {
    text: string;
    structured: Record<string, unknown>;
}
export declare function toolResult(out: ToolOutput, redact: Redact): CallToolResult;
/** A thrown error as a tool error: a user's mistake in the CLI's words, anything else without a stack. */
export declare function toolError(e: unknown, redact: Redact): CallToolResult;
/**
 * A JSON value with every secret masked. The JSON text is redacted as a whole, so a secret split
 * across values is still caught, and parsed back; should a mask land where it breaks the JSON
 * (inside a number, across a quote), each string is redacted on its own instead, which keeps the
 * shape the output schema promises.
 */
export declare function redactValue<T>(value: T, redact: Redact): T;
export {};
