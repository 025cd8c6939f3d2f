import { type ExitCode } from "./exit-codes.js";
export interface CliIO {
    stdout: NodeJS.WritableStream & {
        isTTY?: boolean;
    };
    stderr: NodeJS.WritableStream & {
        isTTY?: boolean;
    };
    stdinIsTTY: boolean;
    env: Record<string, string | undefined>;
    cwd: string;
}
/** Runs the CLI and returns the exit code; never throws for user errors. */
export declare function main(argv: string[], io?: CliIO): Promise<ExitCode>;
