/**
 * `mcp_servers:` in a team file: MCP servers whose tools join the agents' toolsets. The entries
 * are data only here; servers.ts connects them, rule.ts decides which of their tools are offered.
 */
import { z } from "zod";
import type { Stage } from "../model.js";
/** A server's name becomes the prefix of its tools' names, so it is kept short and plain. */
export declare const MCP_SERVER_NAME: RegExp;
export declare const mcpServerEntrySchema: z.ZodObject<{
    command: z.ZodOptional<z.ZodString>;
    args: z.ZodOptional<z.ZodArray<z.ZodString>>;
    env: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    cwd: z.ZodOptional<z.ZodString>;
    url: z.ZodOptional<z.ZodString>;
    headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    agents: z.ZodOptional<z.ZodArray<z.ZodString>>;
    allowed_tools: z.ZodOptional<z.ZodArray<z.ZodString>>;
    startup_timeout_seconds: z.ZodOptional<z.ZodNumber>;
    timeout_seconds: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict>;
export declare const mcpServerListEntrySchema: z.ZodObject<{
    command: z.ZodOptional<z.ZodString>;
    args: z.ZodOptional<z.ZodArray<z.ZodString>>;
    env: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    cwd: z.ZodOptional<z.ZodString>;
    url: z.ZodOptional<z.ZodString>;
    headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    agents: z.ZodOptional<z.ZodArray<z.ZodString>>;
    allowed_tools: z.ZodOptional<z.ZodArray<z.ZodString>>;
    startup_timeout_seconds: z.ZodOptional<z.ZodNumber>;
    timeout_seconds: z.ZodOptional<z.ZodNumber>;
    name: z.ZodString;
}, z.core.$strict>;
/**
 * Both the Claude/Cursor convention (a map keyed by server name) and a list of entries with
 * `name:`; the loader tells them apart so each gets its own located errors.
 */
export declare const mcpServersSchema: z.ZodUnion<readonly [z.ZodRecord<z.ZodString, z.ZodUnknown>, z.ZodArray<z.ZodUnknown>]>;
export type McpTransportDefinition = {
    kind: "stdio";
    command: string;
    args: string[];
    env: Record<string, string>;
    cwd?: string;
} | {
    kind: "http";
    url: string;
    headers: Record<string, string>;
};
export interface McpServerDefinition {
    name: string;
    transport: McpTransportDefinition;
    /** Agent names; undefined means every proposing agent. */
    agents?: string[];
    /** Tool names as the server spells them (or prefixed); undefined means no narrowing. */
    allowedTools?: string[];
    startupTimeoutMs: number;
    callTimeoutMs: number;
}
/** Agents that get a server's tools (all of them when its entry names none): those that propose. */
export declare const PROPOSING_STAGES: readonly Stage[];
export declare const DEFAULT_STARTUP_TIMEOUT_SECONDS = 30;
export declare const DEFAULT_CALL_TIMEOUT_SECONDS = 60;
