import { z } from "zod";
import { matchesAnyGlob } from "../glob.js";
import { defineRule } from "../rule.js";
/** Azure accepts "West Europe" and "westeurope" for the same region. */
function normalizeRegion(region) {
    return region.replace(/\s+/g, "").toLowerCase();
}
export const allowedRegions = defineRule({
    id: "allowed_regions",
    description: "The environment's region must be one of the listed regions (patterns like eu-* allowed).",
    enabledByDefault: false,
    options: z.strictObject({ regions: z.array(z.string().min(1)).min(1) }),
    evaluate(ctx, { regions }) {
        const region = ctx.spec.region;
        if (matchesAnyGlob(normalizeRegion(region), regions.map(normalizeRegion)))
            return [];
        return [
            {
                message: `Region "${region}" is not allowed; move the environment to one of: ${regions.join(", ")}.`,
            },
        ];
    },
    passMessage: (ctx) => `Region "${ctx.spec.region}" is allowed.`,
});
