/**
 * max_monthly_cost_delta (off until configured): one plan raises the estimated monthly cost by at
 * most the limit. A created, updated or replaced resource whose change in price is unknown fails
 * the limit unless `unknown_prices: warn` (see cost-limits.ts).
 */
import { z } from "zod";
export declare const maxMonthlyCostDelta: import("../rule.js").RuleDef<"max_monthly_cost_delta", {
    limit: z.ZodNumber;
    unknown_prices: z.ZodDefault<z.ZodEnum<{
        warn: "warn";
        fail: "fail";
    }>>;
}>;
