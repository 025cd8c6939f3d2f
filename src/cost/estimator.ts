/**
 * What an estimator is: a named pricing function for one resource type whose PricingRule is
 * `{ kind: "estimator" }`. One file per service family under `estimators/` defines them.
 */
import type { Cloud } from "../spec/model.js";
import type { ManagedPrice, PriceCatalog } from "./catalog.js";
import type { CostComponent, PricedResource } from "./model.js";
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

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
