import { type CliIO } from "./context.js";
import { type ExitCode } from "./exit-codes.js";
export type { CliIO } from "./context.js";
/** Runs the CLI and returns the exit code; never throws for user errors. */
export declare function main(argv: string[], io?: CliIO): Promise<ExitCode>;
