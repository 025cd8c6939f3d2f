/**
 * The extension point for fresh prices: one fetcher per cloud service, each reading a provider's
 * public price API and producing cache files in the shapes of `data/prices/regional/`. The table
 * of fetchers is `./index.ts`. Only `plagentic prices update` runs them; nothing in the plan path
 * imports this folder (test/architecture.test.ts checks).
 */
import type { HttpClient } from "./http.js";

export type PriceCloud = "aws" | "azure" | "gcp";
export const PRICE_CLOUDS: readonly PriceCloud[] = ["aws", "azure", "gcp"];

export interface FetchContext {
  http: HttpClient;
  /** The cloud's base URL (config `prices.endpoints.<cloud>`, an env override, or the public API). */
  endpoint: string;
  /** Regions asked for; undefined means every region the provider lists. */
  regions: string[] | undefined;
  env: Readonly<Record<string, string | undefined>>;
  now: () => Date;
  /** A line for the user that is not an error (a service absent from a region, say). */
  note: (line: string) => void;
}

/**
 * One cache file as fetched: its content holds only the regions fetched, `regionAsOf` the date of
 * each region's prices. `merge` puts the fetched regions into an older copy of the same file.
 */
export interface FetchedFile {
  name: string;
  content: Record<string, unknown>;
  /** Region → ISO date of that region's prices. */
  regionAsOf: Record<string, string>;
  source: string;
  merge(older: Record<string, unknown>): Record<string, unknown>;
}

export interface PriceFetcher {
  cloud: PriceCloud;
  /** What it fetches, for progress lines: "EC2 and EBS", "Virtual Machines". */
  title: string;
  /** The cache files it produces. */
  files: readonly string[];
  /** Fails fast, before any cloud is fetched, on what is missing (an API key). */
  check?(ctx: FetchContext): void;
  fetch(ctx: FetchContext): Promise<FetchedFile[]>;
}

/**
 * Merges a fetched file into an older copy for the tables keyed by region at `paths` (e.g.
 * `["prices"]`, `["instances", "engines", "postgres"]`): the fetched regions replace the older
 * ones, other regions stay. Every other top-level key comes from the fetched file.
 */
export function mergeRegionTables(
  older: Record<string, unknown>,
  fresh: Record<string, unknown>,
  paths: readonly (readonly string[])[],
): Record<string, unknown> {
  const out = structuredClone(fresh);
  for (const path of paths) {
    const olderTable = at(older, ...path);
    const freshTable = at(fresh, ...path);
    if (!isRecord(olderTable)) continue;
    let parent: Record<string, unknown> = out;
    for (const p of path.slice(0, -1)) {
      if (!isRecord(parent[p])) parent[p] = {};
      parent = parent[p] as Record<string, unknown>;
    }
    parent[path.at(-1)!] = sortedRecord({ ...olderTable, ...(isRecord(freshTable) ? freshTable : {}) });
  }
  return out;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads `obj[a][b]...` when each step is an object. */
export function at(obj: unknown, ...path: string[]): unknown {
  let v = obj;
  for (const p of path) v = isRecord(v) ? v[p] : undefined;
  return v;
}

/** The earliest of some ISO dates (the conservative date of a file mixing regions). */
export function earliest(dates: Iterable<string>): string | undefined {
  let min: string | undefined;
  for (const d of dates) if (min === undefined || Date.parse(d) < Date.parse(min)) min = d;
  return min;
}

/** Rounds away binary noise (0.1 * 3) while keeping the provider's significant digits. */
export function price(n: number): number {
  return Number(n.toPrecision(12));
}

/** A copy with keys in code-point order, so that the cache files diff cleanly between runs. */
export function sortedRecord<V>(record: Record<string, V>): Record<string, V> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
