/**
 * The one door from a team run to its MCP servers: a team without `mcp_servers` never loads the
 * pool or the MCP SDK (the Action's bundle keeps them in a chunk of their own).
 */
import { importOptional } from "../../optional-module.js";
export async function openMcpPool(opts) {
    if (!opts.team.mcpServers?.length)
        return undefined;
    const { McpPool } = await importOptional("teamMcp", () => import("./servers.js"));
    return new McpPool(opts);
}
