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
export function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
