/**
 * Usage ranges: what a resource's usage-priced components would cost at typical usage when the
 * spec gives no `usage:` figures. No estimator knows about ranges: the resource's own estimator
 * runs twice more, with the missing figures filled at the low and then the high end of
 * usage-ranges.ts (figures the spec gives stay as given), and the components that were
 * "depends on usage" are read off those runs.
 */
import type { PriceCatalog } from "./catalog.js";
import type { CostComponent, PricedResource, UsageRange } from "./model.js";
import { type UsageRangeTable } from "./usage-ranges.js";
/**
 * The usage range of `resource`, whose estimate gave `components`; undefined when every usage
 * figure it reads is given, when no usage-priced component has a known price, or when the
 * resource is not priced by an estimator (only estimators read usage).
 */
export declare function estimateUsageRange(resource: PricedResource, components: readonly CostComponent[], region: string, catalog: PriceCatalog, table: UsageRangeTable): UsageRange | undefined;
