import { z } from "zod";
export declare const explainPlanTool: import("./types.js").McpTool<{
    environment: z.ZodString;
    plan_hash: z.ZodOptional<z.ZodString>;
}>;
