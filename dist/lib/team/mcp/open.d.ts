/**
 * The one door from a team run to its MCP servers: a team without `mcp_servers` never loads the
 * pool or the MCP SDK (the Action's bundle keeps them in a chunk of their own).
 */
import type { McpPool, McpPoolOptions } from "./servers.js";
export declare function openMcpPool(opts: McpPoolOptions): Promise<McpPool | undefined>;
