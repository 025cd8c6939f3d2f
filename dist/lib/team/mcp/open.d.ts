import type { McpPool, McpPoolOptions } from "./servers.js";
export declare function openMcpPool(opts: McpPoolOptions): Promise<McpPool | undefined>;
