/**
 * The App's logger, the one place `plagentic serve` log lines are made. Probot, its webhook
 * middleware, every handler's `context.log` and the work queue's failed jobs all log through it,
 * so its destination is the one place log text leaves the process and is redacted (invariant 7).
 */
import { pino } from "pino";
/**
 * A pino logger whose every line is redacted after serialization, so bindings, error messages,
 * stacks, causes and whatever a library attaches to an error are masked alike, in the JSON-escaped
 * form they take in the line.
 */
export function createLogger(opts) {
    const env = opts.env;
    const write = opts.write ?? ((line) => void process.stdout.write(line));
    const messageKey = env["LOG_MESSAGE_KEY"] || "msg";
    const pretty = env["LOG_FORMAT"] !== "json";
    const destination = {
        write(chunk) {
            const line = opts.redact(chunk);
            // Formatting decodes JSON escapes, so the readable line is redacted once more.
            write(pretty ? opts.redact(prettyLine(line, messageKey)) : line);
        },
    };
    return pino({
        level: env["LOG_LEVEL"] || "warn", // Probot's default
        messageKey,
        ...(env["LOG_LEVEL_IN_STRING"] === "true" && {
            formatters: { level: (label) => ({ level: label }) },
        }),
    }, destination);
}
const LEVELS = {
    10: "TRACE",
    20: "DEBUG",
    30: "INFO",
    40: "WARN",
    50: "ERROR",
    60: "FATAL",
};
const QUIET = new Set(["level", "time", "pid", "hostname", "name", "err", "req", "res", "responseTime"]);
/** Probot's readable layout (`INFO (probot): message`, then the stack and other fields). */
function prettyLine(json, messageKey) {
    let o;
    try {
        o = JSON.parse(json);
    }
    catch {
        return json;
    }
    const level = typeof o["level"] === "number" ? (LEVELS[o["level"]] ?? String(o["level"])) : String(o["level"]);
    const name = typeof o["name"] === "string" ? ` (${o["name"]})` : "";
    const out = [`${level.toUpperCase()}${name}: ${String(o[messageKey] ?? "")}`];
    const err = o["err"];
    if (typeof err?.stack === "string")
        out.push(indent(err.stack));
    for (const [key, value] of Object.entries(o)) {
        if (QUIET.has(key) || key === messageKey)
            continue;
        out.push(indent(`${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`));
    }
    return out.join("\n") + "\n";
}
function indent(text) {
    return text
        .split("\n")
        .map((l) => `    ${l}`)
        .join("\n");
}
