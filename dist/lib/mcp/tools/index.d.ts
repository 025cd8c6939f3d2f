import type { McpTool } from "./types.js";
export type { McpTool } from "./types.js";
export declare const TOOLS: readonly McpTool[];
