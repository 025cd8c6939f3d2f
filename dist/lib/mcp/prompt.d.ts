/**
 * The one prompt: propose a change to an environment, walking an agent through reading the spec,
 * proposing the full new text and checking its plan, cost and policy before reporting back.
 */
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { McpContext } from "./context.js";
export declare function registerPrompt(server: McpServer, ctx: McpContext): void;
