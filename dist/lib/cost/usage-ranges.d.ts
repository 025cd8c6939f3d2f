/**
 * Typical usage, for pricing a usage-billed component whose resource gives no `usage:` figure. The
 * figures are assumptions, not data: a plan shows them next to the range they give ("$0.40–$2.00 a
 * month at 1–5 million requests"), so a reader can judge them, and a spec that gives its own
 * figures gets one exact price instead. `cost.usage_ranges:` in config.yaml overrides low and high.
 *
 * Each range is meant to hold a small production service: the low end a quiet one, the high end a
 * busy one that is still a single team's service. Both ends are round numbers on purpose.
 */
export interface TypicalUsage {
    /** Figure at the low end of typical use, in the key's own unit. */
    low: number;
    /** Figure at the high end; never below `low`. */
    high: number;
    /** What the figure counts, as printed after the numbers: "requests", "ms average duration". */
    unit: string;
    /** Why these figures: printed nowhere, kept so a reviewer can argue with them. */
    why: string;
}
/** `usage:` key → typical figures. Keys are the ones the estimators read (`Estimator.usage`). */
export type UsageRangeTable = Readonly<Record<string, TypicalUsage>>;
export declare const DEFAULT_USAGE_RANGES: UsageRangeTable;
/** Overrides as config.yaml gives them: low and high per key. */
export type UsageRangeOverrides = Readonly<Record<string, {
    low: number;
    high: number;
}>>;
/**
 * The default table with `overrides` applied. An override of a key the table lacks needs a unit to
 * print, so it is labelled with the key itself ("5–10 monthly_jobs").
 */
export declare function usageRanges(overrides?: UsageRangeOverrides): UsageRangeTable;
/** The typical figures for `key`, or undefined when there are none. */
export declare function typicalUsage(table: UsageRangeTable, key: string): TypicalUsage | undefined;
/** "1–5 million requests", "100–500 ms average duration", "100–1,000 GB through the NAT gateway". */
export declare function describeUsage(a: {
    low: number;
    high: number;
    unit: string;
}): string;
