/**
 * Building cost components. Money is rounded to 4 decimal places here, once, so that estimates and
 * the plan hashes over them are stable; unit prices keep the data's precision.
 */
import type { CostComponent, PriceSource } from "./model.js";
/** A price found in the catalog, or the reason there is none. */
export type Found = {
    price: number;
    source: PriceSource;
} | string;
export declare function roundMoney(value: number): number;
/** Quantities are derived from usage and sizes; 6 places keep them exact enough and stable. */
export declare function roundQuantity(value: number): number;
/** A component with a known monthly quantity; unknown when the price is not found. */
export declare function fixedComponent(name: string, unit: string, found: Found, monthlyQuantity: number): CostComponent;
/**
 * A component billed by usage: priced when the spec gives the usage (`monthlyQuantity`), otherwise
 * shown as "depends on usage" with its unit price.
 */
export declare function usageComponent(name: string, unit: string, found: Found, monthlyQuantity: number | undefined): CostComponent;
export declare function unknownComponent(name: string, unit: string, reason: string, monthlyQuantity?: number | null): CostComponent;
