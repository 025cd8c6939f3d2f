import type { Env } from "../../config/loader.js";
import type { McpServerDefinition, McpTransportDefinition } from "./model.js";
export declare const HOSTED_SWITCH = "PLAGENTIC_MCP_SERVERS";
export interface ResolveOptions {
    /** The team file, for messages. */
    file: string;
    env: Env;
    hosted: boolean;
    /** What a relative `cwd` resolves against (the config's directory). */
    baseDir: string;
}
export interface ResolvedTransport {
    transport: McpTransportDefinition;
    /** Values that must never leave the process (secret-looking variables, credential headers). */
    secrets: string[];
}
/** Refuses a team's servers in a shared App unless the operator allowed them. */
export declare function assertServersAllowed(servers: readonly McpServerDefinition[], opts: Pick<ResolveOptions, "file" | "env" | "hosted">): void;
export declare function resolveTransport(server: McpServerDefinition, opts: ResolveOptions): ResolvedTransport;
