/**
 * How tool results leave the server: every text and every structured value through the same
 * redactor as the other faces (invariant 7), and errors as MCP tool errors carrying the message
 * the CLI would print. Shared by all tools so no tool can skip it.
 */
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { redactError } from "../render/redact.js";
import { PlagenticError } from "../spec/errors.js";

type Redact = (text: string) => string;

/** What a tool's handler returns: a short text for humans and the value its output schema describes. */
export interface ToolOutput {
  text: string;
  structured: Record<string, unknown>;
}

export function toolResult(out: ToolOutput, redact: Redact): CallToolResult {
  return {
    content: [{ type: "text", text: redact(out.text) }],
    structuredContent: redactValue(out.structured, redact),
  };
}

/** A thrown error as a tool error: a user's mistake in the CLI's words, anything else without a stack. */
export function toolError(e: unknown, redact: Redact): CallToolResult {
  redactError(e, redact);
  const text =
    e instanceof PlagenticError
      ? `Error: ${e.message}`
      : `Internal error: ${e instanceof Error ? e.message : String(e)}`;
  return { isError: true, content: [{ type: "text", text: redact(text) }] };
}

/**
 * A JSON value with every secret masked. The JSON text is redacted as a whole, so a secret split
 * across values is still caught, and parsed back; should a mask land where it breaks the JSON
 * (inside a number, across a quote), each string is redacted on its own instead, which keeps the
 * shape the output schema promises.
 */
export function redactValue<T>(value: T, redact: Redact): T {
  const text = JSON.stringify(value);
  const masked = redact(text);
  if (masked === text) return value;
  try {
    return JSON.parse(masked) as T;
  } catch {
    return redactLeaves(value, redact) as T;
  }
}

function redactLeaves(value: unknown, redact: Redact): unknown {
  if (typeof value === "string") return redact(value);
  if (Array.isArray(value)) return value.map((v) => redactLeaves(v, redact));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k), redactLeaves(v, redact)]));
  }
  return value;
}
