import type { Command } from "commander";
import { type CliContext } from "../context.js";
export declare function registerExport(program: Command, ctx: CliContext): void;
/**
 * Writes an export to `path` (relative to `cwd`). A file leaves the process too, so it goes through
 * the same redaction as every other output (invariant 7); a path that cannot be written is the
 * user's error, named with the system's reason.
 */
export declare function writeExport(path: string, text: string, opts: {
    cwd: string;
    env: Record<string, string | undefined>;
    secrets: readonly string[];
}): Promise<void>;
