/**
 * max_monthly_cost (off until configured): the environment's estimated monthly cost after the plan
 * stays within the limit. A resource of the after state whose price is unknown fails the limit
 * unless `unknown_prices: warn` (see cost-limits.ts). Usage-priced components without usage
 * figures are judged by their range at typical usage, and only ever warn: the range is an
 * assumption, not a price.
 */
import { z } from "zod";
import { formatUsd, formatUsdRange } from "../../cost/money.js";
import { describeUsage } from "../../cost/usage-ranges.js";
import { toCents } from "../money.js";
import { defineRule } from "../rule.js";
import { unknownPriceFinding, unknownPricesOption } from "./cost-limits.js";
import { fewByName } from "../words.js";
/**
 * A warning when the known total is within the limit but the high end of the usage ranges is not:
 * names the resources that could take it over, biggest first, with the usage each assumes.
 */
function usageRangeFinding(cost, limit) {
    const range = cost.monthlyAfterRange;
    if (!range || toCents(cost.monthlyAfter) > toCents(limit) || toCents(range.high) <= toCents(limit))
        return [];
    const ranged = cost.resources
        .filter((r) => r.usageRange !== undefined)
        .sort((a, b) => b.usageRange.high - a.usageRange.high);
    const named = ranged.map((r) => `${r.address} (${formatUsdRange(r.usageRange.low, r.usageRange.high)} at ` +
        `${r.usageRange.assumptions.map(describeUsage).join(", ")})`);
    const one = ranged.length === 1;
    return [
        {
            level: "warn",
            ...(one && { address: ranged[0].address }),
            message: `At the high end of assumed usage the estimated monthly cost is ${formatUsd(range.high)}, over the ` +
                `${formatUsd(limit)} limit (the known ${formatUsd(cost.monthlyAfter)} is within it): ` +
                `${fewByName(named, 3)} ${one ? "has" : "have"} no usage: figures and ${one ? "is" : "are"} priced at typical usage. ` +
                `Give usage: figures to check the limit exactly; this only warns.`,
        },
    ];
}
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
        findings.push(...usageRangeFinding(ctx.cost, limit));
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
    passMessage: (ctx, { limit }) => {
        const range = ctx.cost.monthlyAfterRange;
        const also = range ? `, and so is ${formatUsd(range.high)} at the high end of assumed usage` : "";
        return `Estimated monthly cost ${formatUsd(ctx.cost.monthlyAfter)} is within the ${formatUsd(limit)} limit${also}.`;
    },
});
