import { z } from "zod";
export declare const estimateCost: import("./types.js").McpTool<{
    environment: z.ZodString;
    spec_text: z.ZodOptional<z.ZodString>;
}>;
