/**
 * Shapes of a cost estimate. Money is USD per month at 730 hours. `null` always means "not known"
 * (invariant 10): it is never folded into a total as zero.
 */
import type { Attributes } from "../spec/model.js";

export const HOURS_PER_MONTH = 730;

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

export interface ResourceCost {
  address: string;
  type: string;
  monthlyBefore: number | null;
  monthlyAfter: number | null;
  /** after − before; null when either side is unknown. */
  monthlyDelta: number | null;
  /** Components of the after state (of the before state for a deletion). */
  components: CostComponent[];
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
  /** Usage-priced components that have no usage figures: shown as a unit price. */
  usageBased: { address: string; component: string; unit: string; unitPrice: number | null }[];
  /** The price catalog's version: part of the plan's hash, so new prices make an old plan stale. */
  catalogVersion: string;
  /** Distinct price sources used by this estimate. */
  sources: PriceSource[];
}
