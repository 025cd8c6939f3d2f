import { coverage } from "./coverage.js";
import { dateValue } from "./price-manifest.js";
import { azureRegionKey } from "./regions.js";
function sameRegion(cloud, a, b) {
    return cloud === "azure" ? azureRegionKey(a) === azureRegionKey(b) : a === b;
}
/**
 * The managed-service price in the context's region that `matches`, or why there is none:
 * either the data has the service only in other regions, or it lacks this variant (`what`).
 */
export function findManaged(ctx, cloud, service, matches, what) {
    const all = ctx.catalog.managedPrices(cloud, service);
    const inRegion = all.filter((p) => sameRegion(cloud, p.region, ctx.region));
    if (all.length > 0 && inRegion.length === 0) {
        const regions = [...new Set(all.map((p) => p.region))].sort().join(", ");
        return `no ${what} price for region ${ctx.region}; the price data covers ${regions} only`;
    }
    return inRegion.find(matches) ?? `no ${what} price in the price data`;
}
/**
 * A price from a regional table in the context's region, or why there is none: the table does not
 * cover the region at all, or lacks this row there (`what` names it).
 */
export function findRegional(ctx, table, key, what) {
    const found = ctx.catalog.regionalPrice(table, ctx.region, key);
    if (found)
        return found;
    const region = table === "azure-vm" ? azureRegionKey(ctx.region) : ctx.region;
    const regions = ctx.catalog.regionsOf(table);
    return regions.includes(region)
        ? `no ${what} price in region ${ctx.region} in the price data`
        : `no ${what} price for region ${ctx.region}; the price data ${coverage(regions, region)}`;
}
/**
 * Where two sources price the same thing in a region, the one with the newer date wins (an
 * undated price loses to any dated one; on a tie the first listed wins). When none has a price,
 * the first reason is kept.
 */
export function newest(...candidates) {
    let best;
    for (const c of candidates) {
        if (typeof c === "string")
            continue;
        if (best === undefined ||
            typeof best === "string" ||
            dateValue(c.source.asOf) > dateValue(best.source.asOf)) {
            best = c;
        }
    }
    return best ?? candidates[0];
}
/** findManaged as a Found: the entry's price and source, or the reason. */
export function managedFound(found) {
    return typeof found === "string" ? found : { price: found.price, source: found.source };
}
export function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
