/**
 * What an estimator is: a named pricing function for one resource type whose PricingRule is
 * `{ kind: "estimator" }`. One file per service family under `estimators/` defines them.
 */
import type { Cloud } from "../spec/model.js";
import type { ManagedPrice, PriceCatalog, PriceTableName } from "./catalog.js";
import type { Found } from "./components.js";
import type { CostComponent, PricedResource } from "./model.js";
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
/**
 * The managed-service price in the context's region that `matches`, or why there is none:
 * either the data has the service only in other regions, or it lacks this variant (`what`).
 */
export declare function findManaged(ctx: EstimateContext, cloud: Cloud, service: string, matches: (price: ManagedPrice) => boolean, what: string): ManagedPrice | string;
/**
 * A price from a regional table in the context's region, or why there is none: the table does not
 * cover the region at all, or lacks this row there (`what` names it).
 */
export declare function findRegional(ctx: EstimateContext, table: PriceTableName, key: string, what: string): Found;
/**
 * Where two sources price the same thing in a region, the one with the newer date wins (an
 * undated price loses to any dated one; on a tie the first listed wins). When none has a price,
 * the first reason is kept.
 */
export declare function newest(...candidates: Found[]): Found;
/** findManaged as a Found: the entry's price and source, or the reason. */
export declare function managedFound(found: ManagedPrice | string): Found;
export declare function escapeRegExp(text: string): string;
