import { z } from "zod";
export declare const readSpec: import("./types.js").McpTool<{
    environment: z.ZodString;
}>;
