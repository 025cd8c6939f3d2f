import { z } from "zod";
export declare const checkPolicy: import("./types.js").McpTool<{
    environment: z.ZodString;
    spec_text: z.ZodOptional<z.ZodString>;
}>;
