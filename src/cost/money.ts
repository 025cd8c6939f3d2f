/**
 * Money as every renderer prints it, so a figure reads the same in the terminal, a PR comment and
 * a job summary. `null` is "unknown" and never "$0.00" (invariant 10).
 */

/** "$1,234.56" for a positive whole number of cents. */
function dollars(cents: number): string {
  let whole: string;
  let fraction: string;
  if (cents < EXACT_CENTS) {
    // Whole and cents by integer arithmetic, which gives the digits (cents / 100).toFixed(2) gives
    // in this range and is several times quicker; a plan prints three figures per resource.
    const rest = cents % 100;
    whole = String((cents - rest) / 100);
    fraction = rest < 10 ? `0${rest}` : String(rest);
  } else {
    [whole = "0", fraction = "00"] = (cents / 100).toFixed(2).split(".");
  }
  // Most amounts are under $1,000 and have no group to separate.
  const grouped = whole.length > 3 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : whole;
  return `$${grouped}.${fraction}`;
}

/**
 * Below this many cents (ten trillion dollars) a double holds cents / 100 within a tenth of a cent,
 * so toFixed(2) rounds it back to exactly those cents.
 */
const EXACT_CENTS = 1e15;

/** Rounds to the cent first so that -0.001 prints as "$0.00", not "-$0.00". */
function cents(amount: number): number {
  return Math.round(amount * 100);
}

/** A monthly amount per hour, to the hundredth of a cent ("$0.0208"): small figures are the point. */
export function formatUsdPerHour(monthly: number | null, hoursPerMonth: number): string {
  if (monthly === null || !Number.isFinite(monthly)) return "unknown";
  const hourly = Math.round((monthly / hoursPerMonth) * 10_000) / 10_000;
  return `$${hourly.toFixed(4)}`;
}

/** "$1,147.75", "-$3.10", or "unknown" for a price nobody knows. */
export function formatUsd(amount: number | null): string {
  if (amount === null || !Number.isFinite(amount)) return "unknown";
  const c = cents(amount);
  if (c === 0) return "$0.00";
  return c < 0 ? `-${dollars(-c)}` : dollars(c);
}

/** "$0.41–$6.21", or one figure when both ends print the same; "unknown" if either is unknown. */
export function formatUsdRange(low: number | null, high: number | null): string {
  const a = formatUsd(low);
  const b = formatUsd(high);
  if (a === "unknown" || b === "unknown") return "unknown";
  return a === b ? a : `${a}–${b}`;
}

/** A change in cost: "+$3.10", "-$3.10", "$0.00", or "unknown". */
export function formatUsdDelta(amount: number | null): string {
  if (amount === null || !Number.isFinite(amount)) return "unknown";
  const c = cents(amount);
  if (c === 0) return "$0.00";
  return c < 0 ? `-${dollars(-c)}` : `+${dollars(c)}`;
}

/**
 * A unit price keeps the precision prices are quoted in ("$0.0104 per hour", "$0.0000166667 per
 * GB-second") because rounding it to the cent would print most of them as "$0.00".
 */
export function formatUnitPrice(price: number | null, unit: string): string {
  if (price === null || !Number.isFinite(price)) return `unknown price per ${unit}`;
  let digits = Math.abs(price).toFixed(10).replace(/0+$/, "");
  const dot = digits.indexOf(".");
  while (digits.length - dot - 1 < 2) digits += "0";
  const [whole = "0", fraction = ""] = digits.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${price < 0 ? "-" : ""}$${grouped}.${fraction} per ${unit}`;
}
