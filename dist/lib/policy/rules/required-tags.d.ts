import { z } from "zod";
export declare const requiredTags: import("../rule.js").RuleDef<"required_tags", {
    tags: z.ZodArray<z.ZodString>;
}>;
