import { z } from "zod";
export declare const describeLive: import("./types.js").McpTool<{
    environment: z.ZodString;
}>;
