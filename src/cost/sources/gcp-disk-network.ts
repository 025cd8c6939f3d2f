/**
 * Compute Engine disk and external IP list prices from the Cloud Billing Catalog API, into
 * `gcp-disk-network.json` (`persistent_disk.regions[region][kind]`, `network.regions[region][...]`).
 *
 * The API (cloud.google.com/billing/docs/reference/rest/v1/services.skus/list) answers
 * `GET /v1/services/6F81-5844-456A/skus?key=<API key>&pageToken=...` with
 * `{ skus: [{ skuId, description, category { resourceFamily, resourceGroup, usageType },
 * serviceRegions, pricingInfo: [{ effectiveTime, pricingExpression { usageUnit, tieredRates:
 * [{ startUsageAmount, unitPrice { currencyCode, units, nanos } }] } }] }], nextPageToken }`,
 * the last page with an empty `nextPageToken`. It needs an API key (no OAuth for public prices).
 *
 * Kept SKUs: `usageType = OnDemand`; disks `resourceFamily = Storage`, `usageUnit = GiBy.mo`, by
 * description (pd-standard "Storage PD Capacity", pd-balanced "Balanced PD Capacity", pd-ssd
 * "SSD backed PD Capacity", their "Regional ..." replicated forms, "Extreme PD Capacity",
 * "Hyperdisk Extreme Capacity", "Storage PD Snapshot", local SSD "SSD backed Local Storage");
 * external IPs `resourceFamily = Network`, `usageUnit = h`, "External IP Charge on a Standard VM"
 * (in use) and "Static Ip Charge" (reserved, unused). The price is the first non-zero tier.
 * There is no publication date in the answer (`effectiveTime` is the time asked about, i.e. now),
 * so `as_of` is the fetch time.
 */
import { PlagenticError } from "../../spec/errors.js";
import {
  price,
  sortedRecord,
  mergeRegionTables,
  type FetchContext,
  type FetchedFile,
  type PriceFetcher,
} from "./fetcher.js";
import { displayUrl, PriceFetchError } from "./http.js";

export const GCP_DEFAULT_ENDPOINT = "https://cloudbilling.googleapis.com";
export const COMPUTE_ENGINE_SERVICE_ID = "6F81-5844-456A";
export const GCP_KEY_VARIABLES = ["PLAGENTIC_GCP_API_KEY", "GOOGLE_API_KEY"] as const;
const MAX_PAGES = 1_000;

export interface GcpSku {
  skuId?: string;
  description?: string;
  category?: { resourceFamily?: string; resourceGroup?: string; usageType?: string };
  serviceRegions?: string[];
  pricingInfo?: {
    effectiveTime?: string;
    pricingExpression?: {
      usageUnit?: string;
      tieredRates?: {
        startUsageAmount?: number;
        unitPrice?: { currencyCode?: string; units?: string; nanos?: number };
      }[];
    };
  }[];
}

const DISKS: [RegExp, string][] = [
  [/^Storage PD Capacity\b/, "hdd"],
  [/^Regional Storage PD Capacity\b/, "hdd_replicated"],
  [/^Balanced PD Capacity\b/, "balanced"],
  [/^Regional Balanced PD Capacity\b/, "balanced_replicated"],
  [/^SSD backed PD Capacity\b/, "ssd"],
  [/^Regional SSD backed PD Capacity\b/, "ssd_replicated"],
  [/^Extreme PD Capacity\b/, "extreme"],
  [/^Hyperdisk Extreme Capacity\b/, "hyperdisk_extreme"],
  [/^Storage PD Snapshot\b/, "snapshot"],
  [/^SSD backed Local Storage(?: in [^,]*)?$/, "local"],
];

const NETWORK: [RegExp, string][] = [
  [/^External IP Charge on a Standard VM\b/, "external_ip_in_use_per_hour"],
  [/^Static Ip Charge\b/, "external_ip_unused_per_hour"],
];

/** The API key from the environment; its absence is an error naming both variables. */
export function gcpApiKey(env: Readonly<Record<string, string | undefined>>): string {
  for (const name of GCP_KEY_VARIABLES) {
    const v = env[name]?.trim();
    if (v) return v;
  }
  throw new PlagenticError(
    `GCP prices need a Google Cloud API key (the Cloud Billing Catalog API takes no anonymous calls): set ${GCP_KEY_VARIABLES.join(" or ")}, or leave GCP out with --cloud aws or --cloud azure`,
  );
}

/** Which table and key a SKU prices, or undefined when it is not one we keep. */
export function classifySku(sku: GcpSku): { table: "disk" | "network"; key: string } | undefined {
  if (sku.category?.usageType !== "OnDemand") return undefined;
  const description = sku.description ?? "";
  const unit = sku.pricingInfo?.[0]?.pricingExpression?.usageUnit;
  if (sku.category.resourceFamily === "Storage" && unit === "GiBy.mo") {
    const hit = DISKS.find(([re]) => re.test(description));
    return hit && { table: "disk", key: hit[1] };
  }
  if (sku.category.resourceFamily === "Network" && unit === "h") {
    const hit = NETWORK.find(([re]) => re.test(description));
    return hit && { table: "network", key: hit[1] };
  }
  return undefined;
}

/** The first non-zero USD tier's price (a free first tier is not the list price). */
export function skuPrice(sku: GcpSku): number | undefined {
  for (const tier of sku.pricingInfo?.[0]?.pricingExpression?.tieredRates ?? []) {
    const u = tier.unitPrice;
    if (!u || (u.currencyCode && u.currencyCode !== "USD")) continue;
    const value = Number(u.units ?? "0") + (u.nanos ?? 0) / 1e9;
    if (Number.isFinite(value) && value > 0) return price(value);
  }
  return undefined;
}

export const gcpDiskNetworkFetcher: PriceFetcher = {
  cloud: "gcp",
  title: "Compute Engine disks and external IPs",
  files: ["gcp-disk-network.json"],
  check: (ctx) => void gcpApiKey(ctx.env),
  async fetch(ctx: FetchContext): Promise<FetchedFile[]> {
    const key = gcpApiKey(ctx.env);
    const base = ctx.endpoint.replace(/\/+$/, "");
    const first = `${base}/v1/services/${COMPUTE_ENGINE_SERVICE_ID}/skus?currencyCode=USD&pageSize=5000&key=${encodeURIComponent(key)}`;
    const disks: Record<string, Record<string, number>> = {};
    const network: Record<string, Record<string, number>> = {};
    const seenRegions = new Set<string>();
    const wanted = ctx.regions && new Set(ctx.regions);
    let pageToken = "";
    const tokens = new Set<string>();
    for (let n = 1; ; n++) {
      const url = pageToken ? `${first}&pageToken=${encodeURIComponent(pageToken)}` : first;
      const page = await ctx.http.getJson<{ skus?: GcpSku[]; nextPageToken?: string }>(
        url,
        `GCP Compute Engine SKUs, page ${n}`,
      );
      if (typeof page !== "object" || page === null || !Array.isArray(page.skus)) {
        throw new PriceFetchError(`${displayUrl(url)}: malformed page (no skus array)`, displayUrl(url));
      }
      for (const sku of page.skus) {
        for (const r of sku.serviceRegions ?? []) seenRegions.add(r);
        const kind = classifySku(sku);
        const p = kind && skuPrice(sku);
        if (!kind || p === undefined) continue;
        const table = kind.table === "disk" ? disks : network;
        for (const region of sku.serviceRegions ?? []) {
          if (wanted && !wanted.has(region)) continue;
          (table[region] ??= {})[kind.key] ??= p;
        }
      }
      pageToken = page.nextPageToken ?? "";
      if (!pageToken) break;
      if (tokens.has(pageToken) || n >= MAX_PAGES) {
        throw new PriceFetchError(
          `${displayUrl(url)}: the Catalog API's nextPageToken loops`,
          displayUrl(url),
        );
      }
      tokens.add(pageToken);
    }
    const unknown = (ctx.regions ?? []).filter((r) => !seenRegions.has(r));
    if (unknown.length > 0) {
      throw new PlagenticError(
        `unknown GCP region ${unknown.map((r) => JSON.stringify(r)).join(", ")}; the Compute Engine catalog has: ${[
          ...seenRegions,
        ]
          .filter((r) => r !== "global")
          .sort()
          .join(", ")}`,
      );
    }
    const regions = [...new Set([...Object.keys(disks), ...Object.keys(network)])];
    if (regions.length === 0) {
      throw new PriceFetchError(
        `${displayUrl(first)}: no disk or external IP prices in the catalog; the API's shape may have changed`,
        displayUrl(first),
      );
    }
    const fetchedAt = ctx.now().toISOString();
    const source = displayUrl(first);
    const file: FetchedFile = {
      name: "gcp-disk-network.json",
      source,
      regionAsOf: Object.fromEntries(regions.sort().map((r) => [r, fetchedAt])),
      content: {
        provider: "gcp",
        currency: "USD",
        source,
        as_of_note: "fetch time: the Catalog API gives no publication date for list prices",
        region_keys: "GCP region (serviceRegions of the SKU)",
        persistent_disk: {
          unit: "per GB-month (list, before committed-use discounts)",
          keys: {
            hdd: "pd-standard",
            hdd_replicated: "pd-standard (regional, replicated)",
            balanced: "pd-balanced",
            balanced_replicated: "pd-balanced (regional, replicated)",
            ssd: "pd-ssd",
            ssd_replicated: "pd-ssd (regional, replicated)",
            extreme: "pd-extreme",
            hyperdisk_extreme: "hyperdisk-extreme",
            snapshot: "pd-snapshot (standard snapshot storage)",
            local: "local SSD (pd-local)",
          },
          regions: sortedRecord(
            Object.fromEntries(Object.entries(disks).map(([r, t]) => [r, sortedRecord(t)])),
          ),
        },
        network: {
          units: {
            external_ip_in_use_per_hour: "USD per hour per external IPv4 address attached to a VM",
            external_ip_unused_per_hour: "USD per hour per reserved, unused external IPv4 address",
          },
          regions: sortedRecord(
            Object.fromEntries(Object.entries(network).map(([r, t]) => [r, sortedRecord(t)])),
          ),
        },
        not_included: [
          "machine types (see gcp-compute.json)",
          "Cloud NAT and VPN (another service)",
          "egress",
        ],
      },
      merge: (older) =>
        mergeRegionTables(older, file.content, [
          ["persistent_disk", "regions"],
          ["network", "regions"],
        ]),
    };
    return [file];
  },
};
