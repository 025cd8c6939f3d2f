/**
 * Resources: each environment's spec and its current plan, listed and readable by URI
 * (`plagentic://environments/{name}/spec`, `.../plan`). Read from disk and the cloud on every read.
 */
import { type McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { type McpContext } from "./context.js";
export declare function registerResources(server: McpServer, ctx: McpContext): void;
