/**
 * What the price data covers, in words for unknown-price reasons. Derived from the data itself,
 * so the messages stay true when a file gains regions.
 */
/** "covers us-east-1 only", "covers us-east-1 and eastus only", "covers 34 regions, not mars-1". */
export declare function coverage(regions: readonly string[], region: string): string;
