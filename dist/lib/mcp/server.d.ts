/**
 * The MCP server for one workspace: the tool table (filtered by how the server was started),
 * the environment resources and the prompt. Every reply passes through the context's redactor.
 */
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { McpContext, McpOptions } from "./context.js";
import { type McpTool } from "./tools/index.js";
/** The tools this server offers, given how it was started. */
export declare function toolsFor(options: McpOptions): McpTool[];
export declare function createMcpServer(ctx: McpContext): McpServer;
