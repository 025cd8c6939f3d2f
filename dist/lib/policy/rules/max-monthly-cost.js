import { z } from "zod";
import { formatUsd } from "../../cost/money.js";
import { toCents } from "../money.js";
import { defineRule } from "../rule.js";
import { unknownPriceFinding } from "./cost-limits.js";
export const maxMonthlyCost = defineRule({
    id: "max_monthly_cost",
    description: "The environment's estimated monthly cost after the plan must not exceed the limit (USD).",
    enabledByDefault: false,
    options: z.strictObject({ limit: z.number().nonnegative() }),
    evaluate(ctx, { limit }) {
        const after = ctx.cost.monthlyAfter;
        const findings = [];
        if (toCents(after) > toCents(limit)) {
            findings.push({
                message: `Estimated monthly cost ${formatUsd(after)} is over the ${formatUsd(limit)} limit by ${formatUsd(after - limit)}; use smaller sizes or fewer instances, or have the limit raised in policies.max_monthly_cost.`,
            });
        }
        return findings.concat(unknownPriceFinding(ctx.cost, "monthly total", after));
    },
    passMessage: (ctx, { limit }) => `Estimated monthly cost ${formatUsd(ctx.cost.monthlyAfter)} is within the ${formatUsd(limit)} limit.`,
});
