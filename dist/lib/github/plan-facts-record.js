/**
 * A plan's facts (config/approval-rules.ts) as the plan record keeps them: money in whole cents,
 * so the MAC'd JSON never holds a float, and types checked as strictly as every other field.
 */
import { z } from "zod";
import { MAX_FACT_TYPES } from "../config/approval-rules.js";
import { FACT_TYPE_PATTERN } from "../plan/facts.js";
/** Cents: a trillion dollars a month either way is more than any plan, and a safe integer. */
const MAX_CENTS = 1e14;
export const recordFactsSchema = z.strictObject({
    /** The plan's monthly cost delta in cents over known prices. */
    monthlyDeltaCents: z.number().int().min(-MAX_CENTS).max(MAX_CENTS),
    pricesUnknown: z.boolean(),
    destroys: z.boolean(),
    types: z.array(z.string().regex(FACT_TYPE_PATTERN)).max(MAX_FACT_TYPES),
    typesCut: z.boolean(),
    budget: z.enum(["over", "within", "unknown", "none"]),
});
export function toRecordFacts(facts) {
    const cents = Math.round(facts.monthlyDelta * 100);
    const clamped = Math.min(MAX_CENTS, Math.max(-MAX_CENTS, Number.isFinite(cents) ? cents : MAX_CENTS));
    return {
        monthlyDeltaCents: clamped,
        // A delta too large to keep is kept as the bound, and counts as uncertain.
        pricesUnknown: facts.pricesUnknown || clamped !== cents,
        destroys: facts.destroys,
        types: facts.types.filter((t) => FACT_TYPE_PATTERN.test(t)).slice(0, MAX_FACT_TYPES),
        budget: facts.budget,
        typesCut: facts.typesCut ||
            facts.types.some((t) => !FACT_TYPE_PATTERN.test(t)) ||
            facts.types.length > MAX_FACT_TYPES,
    };
}
export function fromRecordFacts(facts) {
    return {
        monthlyDelta: facts.monthlyDeltaCents / 100,
        pricesUnknown: facts.pricesUnknown,
        destroys: facts.destroys,
        types: facts.types,
        typesCut: facts.typesCut,
        budget: facts.budget,
    };
}
