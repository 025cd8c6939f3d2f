/**
 * The facts of a plan that approval rules look at (config/approval-rules.ts), small enough to
 * travel in the plan record, so apply can judge the plan that was approved without re-planning.
 */
import { MAX_FACT_TYPES } from "../config/approval-rules.js";
/** The resource type names a record may hold; anything else is left out and flagged as cut. */
export const FACT_TYPE_PATTERN = /^[a-z][a-z0-9_]{0,63}$/;
export function planFacts(plan) {
    const all = [...new Set(plan.changes.map((c) => c.type))].sort();
    const named = all.filter((t) => FACT_TYPE_PATTERN.test(t));
    // Only prices of what exists after the plan can raise the total; a deleted resource's cannot.
    const after = new Set(plan.changes.filter((c) => c.action !== "delete").map((c) => c.address));
    return {
        monthlyDelta: plan.cost.monthlyDelta,
        pricesUnknown: plan.cost.unknown.some((u) => after.has(u.address)),
        destroys: plan.changes.some((c) => c.action === "delete" || c.action === "replace"),
        types: named.slice(0, MAX_FACT_TYPES),
        typesCut: named.length !== all.length || named.length > MAX_FACT_TYPES,
        budget: budgetFact(plan),
    };
}
function budgetFact(plan) {
    if (plan.budget === undefined)
        return "none";
    // In cents, as the forecast line prints them, so the rule and the comment agree.
    if (Math.round(plan.cost.monthlyAfter * 100) > Math.round(plan.budget.monthly * 100))
        return "over";
    const deleted = new Set(plan.changes.filter((c) => c.action === "delete").map((c) => c.address));
    // Any unknown price of a resource that is still there after the plan may tip the total over.
    return plan.cost.unknown.some((u) => !deleted.has(u.address)) ? "unknown" : "within";
}
