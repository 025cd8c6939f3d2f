/**
 * max_monthly_cost (off until configured): the environment's estimated monthly cost after the plan
 * stays within the limit. A resource of the after state whose price is unknown fails the limit
 * unless `unknown_prices: warn` (see cost-limits.ts). Usage-priced components without usage
 * figures are judged by their range at typical usage, and only ever warn: the range is an
 * assumption, not a price.
 */
import { z } from "zod";
export declare const maxMonthlyCost: import("../rule.js").RuleDef<"max_monthly_cost", {
    limit: z.ZodNumber;
    unknown_prices: z.ZodDefault<z.ZodEnum<{
        warn: "warn";
        fail: "fail";
    }>>;
}>;
