/**
 * Turns the price data's long provenance notes into a PriceSource: a short citation a comment can
 * print, and the date of the data. The full notes stay in `data/prices/`.
 */
import type { PriceSource } from "./model.js";
export declare function citation(text: string): string;
/**
 * The date of a price: the entry's own `as_of`, else the first date its source (then its
 * corroboration) names, else "undated" so the gap shows instead of a guess.
 */
export declare function priceDate(asOf: string | undefined, ...texts: (string | undefined)[]): string;
export declare function priceSource(source: string, asOf: string): PriceSource;
