import { z } from "zod";
export declare const plan: import("./types.js").McpTool<{
    environment: z.ZodString;
    destroy: z.ZodOptional<z.ZodBoolean>;
}>;
