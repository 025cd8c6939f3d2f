/**
 * The CLI's only way to write: results to stdout, progress and errors to stderr, both through the
 * redactor so that no secret leaves the process (invariant 7).
 */
import { createRedactor, secretValuesFromEnv } from "../render/redact.js";
export function createOutput(io, opts) {
    // The environment's credentials are masked from the first line on, before config is read (a
    // config that fails to load is reported through an output that knows no config secrets).
    const redact = createRedactor([...opts.secrets, ...secretValuesFromEnv(io.env ?? {})]);
    return {
        color: opts.color,
        print: (text) => void io.stdout.write(redact(text)),
        progress: (line) => void io.stderr.write(redact(line) + "\n"),
        error: (line) => void io.stderr.write(redact(line) + "\n"),
        redact,
    };
}
