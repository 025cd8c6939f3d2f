/**
 * Building cost components. Money is rounded to 4 decimal places here, once, so that estimates and
 * the plan hashes over them are stable; unit prices keep the data's precision.
 */
import type { CostComponent, PriceSource } from "./model.js";

/** A price found in the catalog, or the reason there is none. */
export type Found = { price: number; source: PriceSource } | string;

export function roundMoney(value: number): number {
  const rounded = Math.round(value * 10_000) / 10_000;
  return rounded === 0 ? 0 : rounded;
}

/** Quantities are derived from usage and sizes; 6 places keep them exact enough and stable. */
export function roundQuantity(value: number): number {
  const rounded = Math.round(value * 1_000_000) / 1_000_000;
  return rounded === 0 ? 0 : rounded;
}

/** A component with a known monthly quantity; unknown when the price is not found. */
export function fixedComponent(
  name: string,
  unit: string,
  found: Found,
  monthlyQuantity: number,
): CostComponent {
  const quantity = roundQuantity(monthlyQuantity);
  if (typeof found === "string") return unknownComponent(name, unit, found, quantity);
  return {
    name,
    unit,
    unitPrice: found.price,
    monthlyQuantity: quantity,
    monthly: roundMoney(found.price * monthlyQuantity),
    priceSource: found.source,
  };
}

/**
 * A component billed by usage: priced when the spec gives the usage (`monthlyQuantity`), otherwise
 * shown as "depends on usage" with its unit price.
 */
export function usageComponent(
  name: string,
  unit: string,
  found: Found,
  monthlyQuantity: number | undefined,
): CostComponent {
  if (monthlyQuantity !== undefined) return fixedComponent(name, unit, found, monthlyQuantity);
  if (typeof found === "string") {
    return { ...unknownComponent(name, unit, found, null), usageBased: true };
  }
  return {
    name,
    unit,
    unitPrice: found.price,
    monthlyQuantity: null,
    monthly: null,
    usageBased: true,
    priceSource: found.source,
  };
}

export function unknownComponent(
  name: string,
  unit: string,
  reason: string,
  monthlyQuantity: number | null = null,
): CostComponent {
  return { name, unit, unitPrice: null, monthlyQuantity, monthly: null, unknownReason: reason };
}
