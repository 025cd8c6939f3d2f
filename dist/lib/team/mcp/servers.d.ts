import type { StructuredToolInterface } from "@langchain/core/tools";
import type { Env } from "../../config/loader.js";
import type { Redactor } from "../../render/redact.js";
import type { AgentDefinition, TeamDefinition } from "../model.js";
export interface McpPoolOptions {
    team: TeamDefinition;
    env: Env;
    /** A shared App: see resolve.ts. */
    hosted: boolean;
    /** `mcp.allowed_tools` of config.yaml. */
    allowlist: readonly string[];
    baseDir: string;
    emit: (e: {
        kind: string;
        message: string;
    }) => void;
    /** The run's redactor: interpolated secrets join it before they are used. */
    redactor: Redactor;
}
export declare class McpPool {
    private readonly opts;
    private readonly connections;
    private readonly clients;
    private closed;
    constructor(opts: McpPoolOptions);
    /** The external tools an agent is offered, connecting its servers on first use. */
    toolsFor(agent: AgentDefinition): Promise<StructuredToolInterface[]>;
    /** Closes every connection (stdio servers are stopped); safe to call more than once. */
    close(): Promise<void>;
    private connection;
    private connect;
    /** The rule applied to a server's tools; each withheld or unusable one is reported once. */
    private offered;
}
