import type { McpContext } from "./context.js";
export declare const MCP_PATH = "/mcp";
export interface HttpOptions {
    host: string;
    port: number;
    /** Exact origins (`scheme://host[:port]`) whose pages may call the server. */
    allowedOrigins: readonly string[];
    requestsPerMinute: number;
    token: string;
}
export interface RunningHttp {
    url: string;
    close(): Promise<void>;
}
export declare function startHttp(ctx: McpContext, opts: HttpOptions, log: (line: string) => void): Promise<RunningHttp>;
