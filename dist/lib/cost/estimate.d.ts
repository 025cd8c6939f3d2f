import type { PriceCatalog } from "./catalog.js";
import { type CostReport, type PricedResource, type ResourceEstimate } from "./model.js";
import { type UsageRangeTable } from "./usage-ranges.js";
export declare function estimateResource(resource: PricedResource, region: string, catalog: PriceCatalog): ResourceEstimate;
export interface CostInput {
    region: string;
    /** Live resources. */
    before: PricedResource[];
    /** Desired resources. */
    after: PricedResource[];
    /** Typical usage for usage ranges; usage-ranges.ts's defaults when absent. */
    usageRanges?: UsageRangeTable;
}
/**
 * The cost of going from `before` to `after`, per address and in total. Totals leave unknown
 * figures out (they are listed in `unknown`); the total delta is the sum of the per-resource
 * deltas that are known, so a resource priced on one side only does not show as a saving or a rise.
 * Usage-priced components without usage figures are in no total; the desired side's are priced at
 * typical usage as a range (range.ts), reported beside the totals, never in them.
 */
export declare function estimateCost(input: CostInput, catalog: PriceCatalog): CostReport;
/** By address, with counted instances in numeric order (`web[2]` before `web[10]`). */
export declare function compareAddresses(a: string, b: string): number;
/**
 * Sorts `addresses` in place as `compareAddresses` orders them, each read once rather than at
 * every comparison (a plan of 10,000 resources makes some 130,000).
 */
export declare function sortAddresses(addresses: string[]): void;
