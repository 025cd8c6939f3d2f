/**
 * What every command shares: the process's streams and environment, the workspace opened from
 * the global options, and the few prompts and progress lines more than one command prints.
 */
import type { Command } from "commander";
import type { ApplyProgress } from "../plan/apply.js";
import { Workspace } from "../plan/workspace.js";
import type { ResolvedEnvironment } from "../spec/model.js";
import type { ExitCode } from "./exit-codes.js";
import { type Output } from "./output.js";
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
export declare class CliContext {
    readonly io: CliIO;
    private readonly program;
    exitCode: ExitCode;
    /** Redacting output; replaced once config (and so its secrets) is known. */
    out: Output;
    constructor(io: CliIO, program: Command);
    /**
     * Wraps a command action: opens the workspace, runs the action with it, records the exit code
     * and always closes the workspace.
     */
    withWorkspace<A extends unknown[]>(fn: (ws: Workspace, out: Output, ...args: A) => Promise<ExitCode>): (...args: A) => Promise<void>;
    private openWorkspace;
    /** Terraform's rule: a human types "yes", or the caller passed --yes; off a terminal, --yes is required. */
    approve(yes: boolean, environment: string): Promise<boolean>;
}
export declare function loadEnv(ws: Workspace, out: Output, name: string): Promise<ResolvedEnvironment>;
/** Progress lines for an apply, one per resource step. */
export declare function applyProgress(out: Output): (e: ApplyProgress) => void;
/**
 * Which repository's environments a CLI run acts on: `PLAGENTIC_REPOSITORY`, else the
 * `GITHUB_REPOSITORY` an Actions job sets, else none (`local`). Resources owned by any other
 * repository stay invisible to the run.
 */
export declare function repositoryFromEnv(env: Record<string, string | undefined>): string;
