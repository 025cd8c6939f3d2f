/**
 * Shapes of a cost estimate. Money is USD per month at 730 hours. `null` always means "not known"
 * (invariant 10): it is never folded into a total as zero.
 */
import type { Attributes } from "../spec/model.js";
export declare const HOURS_PER_MONTH = 730;
/** Where a price came from; every price carries one. */
export interface PriceSource {
    /** Short citation of the price list, e.g. "AWS Price List API via karpenter-provider-aws". */
    source: string;
    /** Date of the price data as given by the source. */
    asOf: string;
}
export interface CostComponent {
    /** e.g. "Instance usage (Linux, on-demand, t3.small)". */
    name: string;
    /** Billing unit of `unitPrice`: "hour", "GB-month", "1M requests", "GB-second"... */
    unit: string;
    /** USD per unit, or null when the catalog has no price. */
    unitPrice: number | null;
    /** Units per month, or null when they depend on usage the spec does not give. */
    monthlyQuantity: number | null;
    /** unitPrice × monthlyQuantity, or null when either is unknown. */
    monthly: number | null;
    /** Set when the component is billed by usage: "depends on usage: $0.20 per 1M requests". */
    usageBased?: boolean;
    priceSource?: PriceSource;
    /** Why the price is unknown, when it is. */
    unknownReason?: string;
}
/** The estimate for one concrete resource in one state (desired or live). */
export interface ResourceEstimate {
    /** Sum of the known components; null when any fixed (non-usage) component is unknown. */
    monthly: number | null;
    components: CostComponent[];
}
/** Input to an estimator: one resource's attributes as desired or as live. */
export interface PricedResource {
    address: string;
    type: string;
    attributes: Attributes;
    usage: Record<string, number>;
}
/** A usage figure the spec does not give, assumed at both ends of typical use (usage-ranges.ts). */
export interface UsageAssumption {
    /** The `usage:` key, e.g. "monthly_requests". */
    key: string;
    low: number;
    high: number;
    /** What the figure counts: "requests", "ms average duration"... */
    unit: string;
}
/**
 * What the usage-priced components without usage figures would add to a resource's monthly cost at
 * typical usage: the estimator run again with the missing figures at their low, then high ends.
 * A component whose price is unknown is never in it: it is named in `leavesOut` and stays unknown.
 */
export interface UsageRange {
    /** USD per month at the low end; on top of the resource's known monthly figure. */
    low: number;
    /** USD per month at the high end. */
    high: number;
    /** The figures assumed, in the order the estimator lists its usage keys. */
    assumptions: UsageAssumption[];
    /** Components the range prices. */
    components: string[];
    /** Usage-priced components without figures that the range could not price (unknown price). */
    leavesOut?: string[];
}
export interface ResourceCost {
    address: string;
    type: string;
    monthlyBefore: number | null;
    monthlyAfter: number | null;
    /** after − before; null when either side is unknown. */
    monthlyDelta: number | null;
    /** Components of the after state (of the before state for a deletion). */
    components: CostComponent[];
    /** Set when the after state has usage-priced components the spec gives no figures for. */
    usageRange?: UsageRange;
}
export interface MoneyRange {
    low: number;
    high: number;
}
export interface UnknownPrice {
    address: string;
    component: string;
    reason: string;
}
export interface CostReport {
    currency: "USD";
    hoursPerMonth: number;
    /** Totals over known prices only; `unknown` lists what they leave out. */
    monthlyBefore: number;
    monthlyAfter: number;
    monthlyDelta: number;
    /** Every resource in the environment, before and after, sorted by address. */
    resources: ResourceCost[];
    unknown: UnknownPrice[];
    /**
     * Usage-priced components that have no usage figures. `inRange` marks those a resource's
     * `usageRange` prices; the rest are shown as a unit price ("depends on usage").
     */
    usageBased: {
        address: string;
        component: string;
        unit: string;
        unitPrice: number | null;
        inRange?: boolean;
    }[];
    /**
     * The resources' usage ranges added up (after the plan), when any resource has one: what
     * usage-priced components without figures add at typical usage. Not in `monthlyAfter`.
     */
    usageRange?: MoneyRange;
    /** `monthlyAfter` plus `usageRange`: the known total with typical usage on top. */
    monthlyAfterRange?: MoneyRange;
    /** The price catalog's version: part of the plan's hash, so new prices make an old plan stale. */
    catalogVersion: string;
    /** Distinct price sources used by this estimate. */
    sources: PriceSource[];
}
