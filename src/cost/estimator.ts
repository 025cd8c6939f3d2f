/**
 * What an estimator is: a named pricing function for one resource type whose PricingRule is
 * `{ kind: "estimator" }`. One file per service family under `estimators/` defines them.
 */
import type { Cloud } from "../spec/model.js";
import type { ManagedPrice, PriceCatalog, PriceTableName } from "./catalog.js";
import type { Found } from "./components.js";
import { coverage } from "./coverage.js";
import type { CostComponent, PricedResource } from "./model.js";
import { dateValue } from "./price-manifest.js";
import { azureRegionKey } from "./regions.js";

export interface EstimateContext {
  region: string;
  catalog: PriceCatalog;
}

export interface Estimator {
  /** `resource.usage` keys the estimator reads, for docs and spec validation. */
  usage?: readonly string[];
  /** The resource's cost components; none at all means it costs nothing. */
  estimate(resource: PricedResource, ctx: EstimateContext): CostComponent[];
}

function sameRegion(cloud: Cloud, a: string, b: string): boolean {
  return cloud === "azure" ? azureRegionKey(a) === azureRegionKey(b) : a === b;
}

/**
 * The managed-service price in the context's region that `matches`, or why there is none:
 * either the data has the service only in other regions, or it lacks this variant (`what`).
 */
export function findManaged(
  ctx: EstimateContext,
  cloud: Cloud,
  service: string,
  matches: (price: ManagedPrice) => boolean,
  what: string,
): ManagedPrice | string {
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
export function findRegional(ctx: EstimateContext, table: PriceTableName, key: string, what: string): Found {
  const found = ctx.catalog.regionalPrice(table, ctx.region, key);
  if (found) return found;
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
export function newest(...candidates: Found[]): Found {
  let best: Found | undefined;
  for (const c of candidates) {
    if (typeof c === "string") continue;
    if (
      best === undefined ||
      typeof best === "string" ||
      dateValue(c.source.asOf) > dateValue(best.source.asOf)
    ) {
      best = c;
    }
  }
  return best ?? candidates[0]!;
}

/** findManaged as a Found: the entry's price and source, or the reason. */
export function managedFound(found: ManagedPrice | string): Found {
  return typeof found === "string" ? found : { price: found.price, source: found.source };
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
