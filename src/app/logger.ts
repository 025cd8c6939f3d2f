/**
 * The App's logger, the one place `plagentic serve` log lines are made. Probot, its webhook
 * middleware, every handler's `context.log` and the work queue's failed jobs all log through it,
 * so its destination is the one place log text leaves the process and is redacted (invariant 7).
 */
import { pino, type DestinationStream, type Logger } from "pino";
import type { Env } from "../config/loader.js";

export interface LoggerOptions {
  /** Read as Probot reads it: LOG_LEVEL, LOG_FORMAT, LOG_LEVEL_IN_STRING, LOG_MESSAGE_KEY. */
  env: Env;
  redact: (text: string) => string;
  /** Where finished lines go; stdout by default. */
  write?: (line: string) => void;
}

/**
 * A pino logger whose every line is redacted after serialization, so bindings, error messages,
 * stacks, causes and whatever a library attaches to an error are masked alike, in the JSON-escaped
 * form they take in the line.
 */
export function createLogger(opts: LoggerOptions): Logger {
  const env = opts.env;
  const write = opts.write ?? ((line: string) => void process.stdout.write(line));
  const messageKey = env["LOG_MESSAGE_KEY"] || "msg";
  const pretty = env["LOG_FORMAT"] !== "json";
  const destination: DestinationStream = {
    write(chunk) {
      const line = opts.redact(chunk);
      // Formatting decodes JSON escapes, so the readable line is redacted once more.
      write(pretty ? opts.redact(prettyLine(line, messageKey)) : line);
    },
  };
  return pino(
    {
      level: env["LOG_LEVEL"] || "warn", // Probot's default
      messageKey,
      ...(env["LOG_LEVEL_IN_STRING"] === "true" && {
        formatters: { level: (label: string) => ({ level: label }) },
      }),
    },
    destination,
  );
}

const LEVELS: Record<number, string> = {
  10: "TRACE",
  20: "DEBUG",
  30: "INFO",
  40: "WARN",
  50: "ERROR",
  60: "FATAL",
};
const QUIET = new Set(["level", "time", "pid", "hostname", "name", "err", "req", "res", "responseTime"]);

/** Probot's readable layout (`INFO (probot): message`, then the stack and other fields). */
function prettyLine(json: string, messageKey: string): string {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const level =
    typeof o["level"] === "number" ? (LEVELS[o["level"]] ?? String(o["level"])) : String(o["level"]);
  const name = typeof o["name"] === "string" ? ` (${o["name"]})` : "";
  const out = [`${level.toUpperCase()}${name}: ${String(o[messageKey] ?? "")}`];
  const err = o["err"] as { stack?: unknown } | undefined;
  if (typeof err?.stack === "string") out.push(indent(err.stack));
  for (const [key, value] of Object.entries(o)) {
    if (QUIET.has(key) || key === messageKey) continue;
    out.push(indent(`${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`));
  }
  return out.join("\n") + "\n";
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((l) => `    ${l}`)
    .join("\n");
}
