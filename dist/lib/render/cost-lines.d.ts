/**
 * The cost estimate reduced to the words and figures both the terminal and the Markdown renderers
 * print, so they never disagree about what a row or a note says.
 */
import type { CostReport, PriceSource, ResourceCost, UnknownPrice, UsageRange } from "../cost/model.js";
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
/** Usage-priced components a usage range does not price: still shown as a unit price. */
export declare function unrangedUsage(cost: CostReport): CostReport["usageBased"];
/** Resources whose usage-priced components are shown as a range, in report order. */
export declare function rangedResources(cost: CostReport): (ResourceCost & {
    usageRange: UsageRange;
})[];
/** "1–5 million requests, 100–500 ms average duration" */
export declare function assumptionsText(range: UsageRange): string;
/**
 * "usage-based: aws_lambda_function.api $0.41–$6.21/month at 1–5 million requests, 100–500 ms
 * average duration (assumed; add usage: figures for an exact price, see README)". A component the range could not price is named, so the
 * range is never read as covering it.
 */
export declare function usageRangeLine(r: {
    address: string;
    usageRange: UsageRange;
}): string;
/**
 * "Total: $63.51/month known + $0.41–$6.21 usage-based ($63.92–$69.72/month)", when any resource
 * has a usage range. The known total is the table's; the range is on top of it, never in it.
 */
export declare function rangeTotalText(cost: CostReport): string | undefined;
export declare function sourceText(s: PriceSource): string;
/**
 * "+$30.37/month", with a reminder when unknown prices are left out of the figure. A zero change is
 * worded so that it cannot be read as a monthly cost of $0.
 */
export declare function monthlyDeltaText(cost: CostReport): string;
/** Caveat under the totals: they are sums over known prices only (invariant 10). */
export declare function totalsCaveat(cost: CostReport): string | undefined;
