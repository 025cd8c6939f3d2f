import { z } from "zod";
export declare const allowedInstanceTypes: import("../rule.js").RuleDef<"allowed_instance_types", {
    allow: z.ZodArray<z.ZodString>;
}>;
