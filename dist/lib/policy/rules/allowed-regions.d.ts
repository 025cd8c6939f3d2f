import { z } from "zod";
export declare const allowedRegions: import("../rule.js").RuleDef<"allowed_regions", {
    regions: z.ZodArray<z.ZodString>;
}>;
