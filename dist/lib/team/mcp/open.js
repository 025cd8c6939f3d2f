export async function openMcpPool(opts) {
    if (!opts.team.mcpServers?.length)
        return undefined;
    const { McpPool } = await import("./servers.js");
    return new McpPool(opts);
}
