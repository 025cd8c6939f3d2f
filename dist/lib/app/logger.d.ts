/**
 * The App's logger, the one place `plagentic serve` log lines are made. Probot, its webhook
 * middleware, every handler's `context.log` and the work queue's failed jobs all log through it,
 * so its destination is the one place log text leaves the process and is redacted (invariant 7).
 */
import { type Logger } from "pino";
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
export declare function createLogger(opts: LoggerOptions): Logger;
