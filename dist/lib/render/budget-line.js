/**
 * The forecast line every plan shows: what the environment costs a month once the plan is applied,
 * against the spec's `budget.monthly` when it sets one. Plain text; each renderer styles it. A
 * total that leaves out unknown prices is a lower bound and says so (invariant 10): "at least".
 */
import { formatUsd } from "../cost/money.js";
/** `quote` shows the environment name: as code in Markdown, as it is in the terminal. */
export function budgetForecast(plan, quote = (name) => name) {
    const after = plan.cost.monthlyAfter;
    const unknown = plan.cost.unknown.length;
    const figure = unknown > 0 ? `at least ${formatUsd(after)}` : formatUsd(after);
    const caveat = unknown > 0 ? ` (${unknown} unknown price${unknown === 1 ? " is" : "s are"} not counted)` : "";
    const budget = plan.budget?.monthly;
    const name = quote(plan.environment);
    if (budget === undefined)
        return {
            text: `After this change ${name} costs ${figure} a month${caveat}; its spec sets no budget.`,
            over: false,
        };
    // Compared in cents, as printed, so "$500.00 of its $500.00 budget" is never called over.
    const overBy = Math.round(after * 100) - Math.round(budget * 100);
    if (overBy > 0)
        return {
            text: `⚠️ After this change ${name} costs ${figure} a month, ${formatUsd(overBy / 100)} over its ` +
                `${formatUsd(budget)} budget${caveat}.`,
            over: true,
        };
    return {
        text: `After this change ${name} costs ${figure} a month of its ${formatUsd(budget)} budget${caveat}.`,
        over: false,
    };
}
