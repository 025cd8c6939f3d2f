/**
 * The cost estimate reduced to the words and figures both the terminal and the Markdown renderers
 * print, so they never disagree about what a row or a note says.
 */
import type { CostReport, PriceSource, UnknownPrice } from "../cost/model.js";
import type { Plan } from "../plan/model.js";
/** Printed where a side of the change has no resource (before a create, after a delete). */
export declare const NO_RESOURCE = "-";
export interface CostRow {
    address: string;
    before: string;
    after: string;
    delta: string;
}
/**
 * One row per changed resource that the estimate covers, in plan order. A created resource has no
 * "before" and a deleted one no "after": those cells read "-" rather than "$0.00" or "unknown", and
 * the delta is the one known side when the estimate left it open for that reason. The rows are
 * formatted as they are taken, so a renderer that shows the first few of 100,000 pays for those.
 */
export declare function changedCostRows(plan: Plan): {
    total: number;
    rows: Iterable<CostRow>;
};
export declare function unknownPriceLine(u: UnknownPrice): string;
export declare function usageLine(u: CostReport["usageBased"][number]): string;
export declare function sourceText(s: PriceSource): string;
/**
 * "+$30.37/month", with a reminder when unknown prices are left out of the figure. A zero change is
 * worded so that it cannot be read as a monthly cost of $0.
 */
export declare function monthlyDeltaText(cost: CostReport): string;
/** Caveat under the totals: they are sums over known prices only (invariant 10). */
export declare function totalsCaveat(cost: CostReport): string | undefined;
