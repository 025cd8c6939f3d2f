import { mapLazily } from "./arrays.js";
import { formatUnitPrice, formatUsd, formatUsdDelta } from "../cost/money.js";
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
