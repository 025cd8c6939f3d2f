import { redactError } from "../render/redact.js";
import { PlagenticError } from "../spec/errors.js";
export function toolResult(out, redact) {
    return {
        content: [{ type: "text", text: redact(out.text) }],
        structuredContent: redactValue(out.structured, redact),
    };
}
/** A thrown error as a tool error: a user's mistake in the CLI's words, anything else without a stack. */
export function toolError(e, redact) {
    redactError(e, redact);
    const text = e instanceof PlagenticError
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
export function redactValue(value, redact) {
    const text = JSON.stringify(value);
    const masked = redact(text);
    if (masked === text)
        return value;
    try {
        return JSON.parse(masked);
    }
    catch {
        return redactLeaves(value, redact);
    }
}
function redactLeaves(value, redact) {
    if (typeof value === "string")
        return redact(value);
    if (Array.isArray(value))
        return value.map((v) => redactLeaves(v, redact));
    if (value !== null && typeof value === "object") {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k), redactLeaves(v, redact)]));
    }
    return value;
}
