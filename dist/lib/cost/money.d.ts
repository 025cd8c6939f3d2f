/**
 * Money as every renderer prints it, so a figure reads the same in the terminal, a PR comment and
 * a job summary. `null` is "unknown" and never "$0.00" (invariant 10).
 */
/** A monthly amount per hour, to the hundredth of a cent ("$0.0208"): small figures are the point. */
export declare function formatUsdPerHour(monthly: number | null, hoursPerMonth: number): string;
/** "$1,147.75", "-$3.10", or "unknown" for a price nobody knows. */
export declare function formatUsd(amount: number | null): string;
/** "$0.41–$6.21", or one figure when both ends print the same; "unknown" if either is unknown. */
export declare function formatUsdRange(low: number | null, high: number | null): string;
/** A change in cost: "+$3.10", "-$3.10", "$0.00", or "unknown". */
export declare function formatUsdDelta(amount: number | null): string;
/**
 * A unit price keeps the precision prices are quoted in ("$0.0104 per hour", "$0.0000166667 per
 * GB-second") because rounding it to the cent would print most of them as "$0.00".
 */
export declare function formatUnitPrice(price: number | null, unit: string): string;
