/**
 * `mcp_servers:` in a team file: MCP servers whose tools join the agents' toolsets. The entries
 * are data only here; servers.ts connects them, rule.ts decides which of their tools are offered.
 */
import { z } from "zod";
/** A server's name becomes the prefix of its tools' names, so it is kept short and plain. */
export const MCP_SERVER_NAME = /^[a-z0-9_-]{1,24}$/;
const mcpServerFields = {
    /** stdio: the program to start, with its arguments, environment and working directory. */
    command: z.string().min(1).optional(),
    args: z.array(z.string()).optional(),
    env: z.record(z.string(), z.string()).optional(),
    cwd: z.string().min(1).optional(),
    /** Streamable HTTP: the endpoint and the headers sent with every request. */
    url: z.string().min(1).optional(),
    headers: z.record(z.string(), z.string()).optional(),
    /** Which agents get its tools; by default every proposing agent. */
    agents: z.array(z.string().min(1)).optional(),
    /** Narrows the tools offered; it never widens past the plan-mode rule. */
    allowed_tools: z.array(z.string().min(1)).optional(),
    startup_timeout_seconds: z.number().positive().max(600).optional(),
    timeout_seconds: z.number().positive().max(3_600).optional(),
};
export const mcpServerEntrySchema = z.strictObject(mcpServerFields);
export const mcpServerListEntrySchema = z.strictObject({ name: z.string(), ...mcpServerFields });
/**
 * Both the Claude/Cursor convention (a map keyed by server name) and a list of entries with
 * `name:`; the loader tells them apart so each gets its own located errors.
 */
export const mcpServersSchema = z.union([z.record(z.string(), z.unknown()), z.array(z.unknown())]);
/** Agents that get a server's tools (all of them when its entry names none): those that propose. */
export const PROPOSING_STAGES = ["planner", "supervisor", "worker"];
export const DEFAULT_STARTUP_TIMEOUT_SECONDS = 30;
export const DEFAULT_CALL_TIMEOUT_SECONDS = 60;
