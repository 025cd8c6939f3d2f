/**
 * What every MCP tool, resource and prompt shares: the one workspace the server holds for its
 * lifetime, the options it was started with, and the redactor every reply goes through.
 */
import type { Workspace } from "../plan/workspace.js";
import type { Redactor } from "../render/redact.js";
export interface McpOptions {
    /** `--allow-write`: propose_spec_change writes the spec file it validated. */
    allowWrite: boolean;
    /** `--allow-apply`: the `apply` tool exists (still refused where approvals are configured). */
    allowApply: boolean;
}
export interface McpContext {
    workspace: Workspace;
    options: McpOptions;
    /** Built from config secrets, credential-like environment values and the MCP token. */
    redact: Redactor;
    /** Recorded as who applied, in the audit log. */
    actor: string;
    /** To stderr, for the operator: never to a client. */
    log: (line: string) => void;
    /** Serializes applies: two at once on one workspace could race each other. */
    applies: ApplyQueue;
}
export declare class ApplyQueue {
    private last;
    /** Runs `job` after every apply queued before it has ended. */
    run<T>(job: () => Promise<T>): Promise<T>;
}
/** The spec's current text; an unknown environment is an error naming the valid ones. */
export declare function currentSpec(ctx: McpContext, environment: string): Promise<{
    file: string;
    text: string;
}>;
