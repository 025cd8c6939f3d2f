import { z } from "zod";
export declare const proposeSpecChange: import("./types.js").McpTool<{
    environment: z.ZodString;
    spec_text: z.ZodString;
    explanation: z.ZodOptional<z.ZodString>;
}>;
