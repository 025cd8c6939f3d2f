import { z } from "zod";
import { formatUsd } from "../../cost/money.js";
import { toCents } from "../money.js";
import { defineRule } from "../rule.js";
import { unknownPriceFinding } from "./cost-limits.js";
function describeDelta(delta) {
    return delta < 0 ? `saves ${formatUsd(-delta)} a month` : `adds ${formatUsd(delta)} a month`;
}
export const maxMonthlyCostDelta = defineRule({
    id: "max_monthly_cost_delta",
    description: "The plan must not raise the estimated monthly cost by more than the limit (USD).",
    enabledByDefault: false,
    // Any finite number: a negative limit demands that a change saves at least that much.
    options: z.strictObject({ limit: z.number() }),
    evaluate(ctx, { limit }) {
        const delta = ctx.cost.monthlyDelta;
        const findings = [];
        if (toCents(delta) > toCents(limit)) {
            findings.push({
                message: `This plan ${describeDelta(delta)}, over the ${formatUsd(limit)} limit per change; split it into smaller changes, use smaller sizes, or have the limit raised in policies.max_monthly_cost_delta.`,
            });
        }
        return findings.concat(unknownPriceFinding(ctx.cost, "monthly change", delta));
    },
    passMessage: (ctx, { limit }) => `This plan ${describeDelta(ctx.cost.monthlyDelta)}, within the ${formatUsd(limit)} limit per change.`,
});
