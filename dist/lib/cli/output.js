/**
 * The CLI's only way to write: results to stdout, progress and errors to stderr, both through the
 * redactor so that no secret leaves the process (invariant 7).
 */
import { createRedactor } from "../render/redact.js";
export function createOutput(io, opts) {
    const redact = createRedactor(opts.secrets);
    return {
        color: opts.color,
        print: (text) => void io.stdout.write(redact(text)),
        progress: (line) => void io.stderr.write(redact(line) + "\n"),
        error: (line) => void io.stderr.write(redact(line) + "\n"),
    };
}
