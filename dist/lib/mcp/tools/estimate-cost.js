import { z } from "zod";
import { changedCostRows, monthlyDeltaText, totalsCaveat, unknownPriceLine, } from "../../render/cost-lines.js";
import { formatUsd } from "../../render/index.js";
import { planOf } from "../planning.js";
import { defineTool, environmentArg, READS_CLOUD, specTextArg } from "./types.js";
export const estimateCost = defineTool({
    name: "estimate_cost",
    title: "Estimate the monthly cost",
    description: "Price an environment's spec, or proposed spec text for it, against its live state: monthly cost before and after, per changed resource, with unknown prices listed (never counted as $0)",
    input: {
        environment: environmentArg,
        spec_text: specTextArg.optional().describe("Proposed spec text to price; the spec on disk when absent"),
    },
    output: {
        environment: z.string(),
        planHash: z.string(),
        cost: z.looseObject({ monthlyBefore: z.number(), monthlyAfter: z.number(), monthlyDelta: z.number() }),
    },
    annotations: () => READS_CLOUD,
    async handler(ctx, { environment, spec_text }) {
        const p = await planOf(ctx, environment, spec_text);
        const c = p.cost;
        const lines = [
            `Monthly cost (USD, ${c.hoursPerMonth} h): ${formatUsd(c.monthlyBefore)} now, ${formatUsd(c.monthlyAfter)} after, ${monthlyDeltaText(c)}`,
            ...[...changedCostRows(p).rows].map((r) => `${r.address}: ${r.before} -> ${r.after} (${r.delta})`),
            ...c.unknown.map(unknownPriceLine),
            ...[totalsCaveat(c) ?? []].flat(),
        ];
        return { text: lines.join("\n"), structured: { environment, planHash: p.hash, cost: { ...c } } };
    },
});
