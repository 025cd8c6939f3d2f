import { z } from "zod";
export declare const apply: import("./types.js").McpTool<{
    environment: z.ZodString;
    plan_hash: z.ZodString;
    destroy: z.ZodOptional<z.ZodBoolean>;
}>;
