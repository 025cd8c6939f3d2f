import { mapLazily } from "./arrays.js";
import { formatUnitPrice, formatUsd, formatUsdDelta, formatUsdRange } from "../cost/money.js";
import { describeUsage } from "../cost/usage-ranges.js";
/** Printed where a side of the change has no resource (before a create, after a delete). */
export const NO_RESOURCE = "-";
/**
 * One row per changed resource that the estimate covers, in plan order. A created resource has no
 * "before" and a deleted one no "after": those cells read "-" rather than "$0.00" or "unknown", and
 * the delta is the one known side when the estimate left it open for that reason. The rows are
 * formatted as they are taken, so a renderer that shows the first few of 100,000 pays for those.
 */
export function changedCostRows(plan) {
    const byAddress = new Map();
    for (const r of plan.cost.resources)
        byAddress.set(r.address, r);
    const priced = [];
    for (const change of plan.changes) {
        const r = byAddress.get(change.address);
        if (r)
            priced.push([change, r]);
    }
    return { total: priced.length, rows: mapLazily(priced, ([change, r]) => costRow(change, r)) };
}
function costRow(change, r) {
    const before = change.action === "create" ? undefined : r.monthlyBefore;
    const after = change.action === "delete" ? undefined : r.monthlyAfter;
    let delta = r.monthlyDelta;
    if (delta === null && before === undefined && after !== undefined && after !== null)
        delta = after;
    if (delta === null && after === undefined && before !== undefined && before !== null)
        delta = -before;
    return {
        address: change.address,
        before: before === undefined ? NO_RESOURCE : formatUsd(before),
        after: after === undefined ? NO_RESOURCE : formatUsd(after),
        delta: formatUsdDelta(delta),
    };
}
export function unknownPriceLine(u) {
    return `unknown: ${u.address} ${u.component}: ${u.reason}`;
}
export function usageLine(u) {
    return `depends on usage: ${formatUnitPrice(u.unitPrice, u.unit)} (${u.address} ${u.component})`;
}
/** Usage-priced components a usage range does not price: still shown as a unit price. */
export function unrangedUsage(cost) {
    return cost.usageBased.filter((u) => u.inRange !== true);
}
/** Resources whose usage-priced components are shown as a range, in report order. */
export function rangedResources(cost) {
    return cost.resources.filter((r) => !!r.usageRange);
}
/** "1–5 million requests, 100–500 ms average duration" */
export function assumptionsText(range) {
    return range.assumptions.map(describeUsage).join(", ");
}
/**
 * "usage-based: aws_lambda_function.api $0.41–$6.21/month at 1–5 million requests, 100–500 ms
 * average duration (assumed; add usage: figures for an exact price, see README)". A component the range could not price is named, so the
 * range is never read as covering it.
 */
export function usageRangeLine(r) {
    const range = r.usageRange;
    const left = range.leavesOut && range.leavesOut.length > 0
        ? `; leaves out ${range.leavesOut.join(", ")} (unknown price)`
        : "";
    return (`usage-based: ${r.address} ${formatUsdRange(range.low, range.high)}/month at ` +
        `${assumptionsText(range)} (assumed; add usage: figures for an exact price, see README${left})`);
}
/**
 * "Total: $63.51/month known + $0.41–$6.21 usage-based ($63.92–$69.72/month)", when any resource
 * has a usage range. The known total is the table's; the range is on top of it, never in it.
 */
export function rangeTotalText(cost) {
    if (!cost.usageRange || !cost.monthlyAfterRange)
        return undefined;
    const { usageRange: usage, monthlyAfterRange: all } = cost;
    const n = cost.unknown.length;
    const without = n > 0 ? `, without ${n} unknown price${n === 1 ? "" : "s"}` : "";
    return (`Total: ${formatUsd(cost.monthlyAfter)}/month known + ${formatUsdRange(usage.low, usage.high)} ` +
        `usage-based (${formatUsdRange(all.low, all.high)}/month at assumed usage${without})`);
}
export function sourceText(s) {
    return `${s.source} (as of ${s.asOf})`;
}
/**
 * "+$30.37/month", with a reminder when unknown prices are left out of the figure. A zero change is
 * worded so that it cannot be read as a monthly cost of $0.
 */
export function monthlyDeltaText(cost) {
    const unknown = cost.unknown.length > 0 ? ` (+ ${cost.unknown.length} unknown)` : "";
    const delta = formatUsdDelta(cost.monthlyDelta);
    return `${delta === "$0.00" ? "no cost change" : `${delta}/month`}${unknown}`;
}
/** Caveat under the totals: they are sums over known prices only (invariant 10). */
export function totalsCaveat(cost) {
    const n = cost.unknown.length;
    if (n === 0)
        return undefined;
    return `Totals leave out ${n} unknown price${n === 1 ? "" : "s"}; they are not counted as $0.`;
}
