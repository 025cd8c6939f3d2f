/**
 * max_monthly_cost_delta (off until configured): one plan raises the estimated monthly cost by at
 * most the limit. A created, updated or replaced resource whose change in price is unknown fails
 * the limit unless `unknown_prices: warn` (see cost-limits.ts).
 */
import { z } from "zod";
import { formatUsd } from "../../cost/money.js";
import { toCents } from "../money.js";
import { defineRule } from "../rule.js";
import { unknownPriceFinding, unknownPricesOption } from "./cost-limits.js";
function describeDelta(delta) {
    return delta < 0 ? `saves ${formatUsd(-delta)} a month` : `adds ${formatUsd(delta)} a month`;
}
export const maxMonthlyCostDelta = defineRule({
    id: "max_monthly_cost_delta",
    description: "The plan must not raise the estimated monthly cost by more than the limit (USD); a changed resource with an unknown price fails the limit unless unknown_prices: warn.",
    enabledByDefault: false,
    // Any finite number: a negative limit demands that a change saves at least that much.
    options: z.strictObject({ limit: z.number(), unknown_prices: unknownPricesOption }),
    evaluate(ctx, { limit, unknown_prices }) {
        const delta = ctx.cost.monthlyDelta;
        const findings = [];
        if (toCents(delta) > toCents(limit)) {
            findings.push({
                message: `This plan ${describeDelta(delta)}, over the ${formatUsd(limit)} limit per change; split it into smaller changes, use smaller sizes, or have the limit raised in policies.max_monthly_cost_delta.`,
            });
        }
        // Deletions are left out: an unknown saving only makes the counted delta higher than the true
        // one, which can fail the limit but never lets a rise through.
        const changed = new Set(ctx.changes.filter((c) => c.action !== "delete").map((c) => c.address));
        const unpriced = ctx.cost.resources.filter((r) => changed.has(r.address) && r.monthlyDelta === null);
        return findings.concat(unknownPriceFinding(ctx.cost, {
            unpriced,
            limit: `the ${formatUsd(limit)} limit per change`,
            estimate: `estimated change of ${formatUsd(delta)} a month`,
            configKey: "policies.max_monthly_cost_delta",
            mode: unknown_prices,
        }));
    },
    passMessage: (ctx, { limit }) => `This plan ${describeDelta(ctx.cost.monthlyDelta)}, within the ${formatUsd(limit)} limit per change.`,
});
