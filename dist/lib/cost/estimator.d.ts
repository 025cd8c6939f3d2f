/**
 * What an estimator is: a named pricing function for one resource type whose PricingRule is
 * `{ kind: "estimator" }`. One file per service family under `estimators/` defines them.
 */
import type { Cloud } from "../spec/model.js";
import type { ManagedPrice, PriceCatalog } from "./catalog.js";
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
export declare function escapeRegExp(text: string): string;
