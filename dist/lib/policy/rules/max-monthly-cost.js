/**
 * max_monthly_cost (off until configured): the environment's estimated monthly cost after the plan
 * stays within the limit. A resource of the after state whose price is unknown fails the limit
 * unless `unknown_prices: warn` (see cost-limits.ts).
 */
import { z } from "zod";
import { formatUsd } from "../../cost/money.js";
import { toCents } from "../money.js";
import { defineRule } from "../rule.js";
import { unknownPriceFinding, unknownPricesOption } from "./cost-limits.js";
export const maxMonthlyCost = defineRule({
    id: "max_monthly_cost",
    description: "The environment's estimated monthly cost after the plan must not exceed the limit (USD); a resource with an unknown price fails the limit unless unknown_prices: warn.",
    enabledByDefault: false,
    options: z.strictObject({ limit: z.number().nonnegative(), unknown_prices: unknownPricesOption }),
    evaluate(ctx, { limit, unknown_prices }) {
        const after = ctx.cost.monthlyAfter;
        const findings = [];
        if (toCents(after) > toCents(limit)) {
            findings.push({
                message: `Estimated monthly cost ${formatUsd(after)} is over the ${formatUsd(limit)} limit by ${formatUsd(after - limit)}; use smaller sizes or fewer instances, or have the limit raised in policies.max_monthly_cost.`,
            });
        }
        // A deleted resource costs nothing after the plan, so only the after state can hide a price.
        const unpriced = ctx.cost.resources.filter((r) => r.monthlyAfter === null);
        return findings.concat(unknownPriceFinding(ctx.cost, {
            unpriced,
            limit: `the ${formatUsd(limit)} monthly limit`,
            estimate: `estimated ${formatUsd(after)} a month`,
            configKey: "policies.max_monthly_cost",
            mode: unknown_prices,
        }));
    },
    passMessage: (ctx, { limit }) => `Estimated monthly cost ${formatUsd(ctx.cost.monthlyAfter)} is within the ${formatUsd(limit)} limit.`,
});
