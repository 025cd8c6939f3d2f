import { z } from "zod";
export declare const drift: import("./types.js").McpTool<{
    environment: z.ZodString;
}>;
