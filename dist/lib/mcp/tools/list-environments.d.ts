export declare const listEnvironments: import("./types.js").McpTool<{}>;
