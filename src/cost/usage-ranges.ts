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

export const DEFAULT_USAGE_RANGES: UsageRangeTable = Object.freeze({
  // Lambda, Cloud Functions and Azure Functions (executions) all read monthly_requests.
  monthly_requests: {
    low: 1_000_000,
    high: 5_000_000,
    unit: "requests",
    // 1M a month is ~0.4 requests a second on average: a small internal API or a queue consumer.
    // 5M is ~2 a second: a busy single-team service. Past that, teams know their figures.
    why: "1M ≈ 0.4 requests/s (quiet service), 5M ≈ 2 requests/s (busy single-team service)",
  },
  average_duration_ms: {
    low: 100,
    high: 500,
    unit: "ms average duration",
    // 100 ms is a fast handler (and the least Azure bills, and GCP's billing step); 500 ms is one
    // that waits on a database or another API, or pays for cold starts now and then.
    why: "100 ms: fast handler, and Azure's minimum / GCP's billing step; 500 ms: I/O-bound handler",
  },
  average_memory_mb: {
    low: 128,
    high: 512,
    unit: "MB average memory",
    // Azure Functions (Consumption) bill observed memory in 128 MB steps: a Node or Python function
    // sits in the first step, a .NET one or one holding a larger payload in the third or fourth.
    why: "Azure bills observed memory in 128 MB steps: 128 MB for Node/Python, up to 512 MB for .NET",
  },
  monthly_outbound_data_gb: {
    low: 1,
    high: 10,
    unit: "GB outbound data",
    // Matches the request range: 1M responses of ~1 KB is 1 GB, 5M of ~2 KB is 10 GB.
    why: "1M responses × ~1 KB = 1 GB; 5M responses × ~2 KB = 10 GB",
  },
  monthly_data_processed_gb: {
    low: 100,
    high: 1_000,
    unit: "GB through the NAT gateway",
    // Private subnets pulling packages, images and calling outside APIs: ~3 GB a day for a small
    // environment, ~33 GB a day for a busy one. Heavy egress (backups, media) needs its own figure.
    why: "~3 GB/day (small environment) to ~33 GB/day (busy one); heavy egress needs a real figure",
  },
  average_lcus: {
    low: 1,
    high: 5,
    unit: "load balancer capacity units on average",
    // One LCU is 1 GB an hour processed, 25 new connections a second or 3,000 active connections,
    // whichever is highest: a modest production service reaches 1, a busy one 5 (~3.6 TB a month).
    why: "1 LCU ≈ 1 GB/hour or 25 new connections/s: a modest service; 5 ≈ 3.6 TB a month: a busy one",
  },
});

/** Overrides as config.yaml gives them: low and high per key. */
export type UsageRangeOverrides = Readonly<Record<string, { low: number; high: number }>>;

/**
 * The default table with `overrides` applied. An override of a key the table lacks needs a unit to
 * print, so it is labelled with the key itself ("5–10 monthly_jobs").
 */
export function usageRanges(overrides: UsageRangeOverrides = {}): UsageRangeTable {
  if (Object.keys(overrides).length === 0) return DEFAULT_USAGE_RANGES;
  const table: Record<string, TypicalUsage> = { ...DEFAULT_USAGE_RANGES };
  for (const [key, { low, high }] of Object.entries(overrides)) {
    const base = Object.hasOwn(DEFAULT_USAGE_RANGES, key) ? DEFAULT_USAGE_RANGES[key] : undefined;
    table[key] = {
      low: Math.min(low, high),
      high: Math.max(low, high),
      unit: base?.unit ?? key,
      why: "set in config.yaml (cost.usage_ranges)",
    };
  }
  return Object.freeze(table);
}

/** The typical figures for `key`, or undefined when there are none. */
export function typicalUsage(table: UsageRangeTable, key: string): TypicalUsage | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** "1,000", "2.5": up to two decimals, thousands grouped, the same on every host's locale. */
function figure(n: number): string {
  const [whole = "0", fraction = ""] = String(Math.round(n * 100) / 100).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === "" ? grouped : `${grouped}.${fraction}`;
}

/** "1–5 million requests", "100–500 ms average duration", "100–1,000 GB through the NAT gateway". */
export function describeUsage(a: { low: number; high: number; unit: string }): string {
  const millions = a.low >= 1_000_000 && a.high >= 1_000_000;
  const [low, high, unit] = millions
    ? [figure(a.low / 1_000_000), figure(a.high / 1_000_000), `million ${a.unit}`]
    : [figure(a.low), figure(a.high), a.unit];
  return low === high ? `${low} ${unit}` : `${low}–${high} ${unit}`;
}
