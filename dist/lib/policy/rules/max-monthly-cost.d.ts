import { z } from "zod";
export declare const maxMonthlyCost: import("../rule.js").RuleDef<"max_monthly_cost", {
    limit: z.ZodNumber;
}>;
