import type { CliIO } from "./context.js";
export interface Output {
    readonly color: boolean;
    /** A result, on stdout. */
    print(text: string): void;
    /** Progress for steps that take time, on stderr, so stdout stays parseable. */
    progress(line: string): void;
    error(line: string): void;
    /** The text as it may leave the process, for what a command writes to a file. */
    redact(text: string): string;
}
export declare function createOutput(io: Pick<CliIO, "stdout" | "stderr"> & Partial<Pick<CliIO, "env">>, opts: {
    color: boolean;
    secrets: string[];
}): Output;
