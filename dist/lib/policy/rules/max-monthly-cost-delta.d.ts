import { z } from "zod";
export declare const maxMonthlyCostDelta: import("../rule.js").RuleDef<"max_monthly_cost_delta", {
    limit: z.ZodNumber;
}>;
