/**
 * Azure VM pay-as-you-go Linux prices from the Azure Retail Prices API (public, no credentials),
 * into `azure-vm.json` (`sizes[armSkuName].hourly[armRegionName]`).
 *
 * The API (Microsoft Learn, "Azure Retail Prices REST API overview") answers
 * `GET /api/retail/prices?api-version=2023-01-01-preview&$filter=<OData>` with
 * `{ BillingCurrency, CustomerEntityId, CustomerEntityType, Items: [...], NextPageLink, Count }`,
 * a page at a time; `NextPageLink` is the next page's full URL, null on the last one.
 *
 * Filter sent: `serviceName eq 'Virtual Machines' and priceType eq 'Consumption'` (and
 * `armRegionName eq '<region>'` per region asked for). Kept items: `unitOfMeasure = 1 Hour`, USD,
 * a non-empty `armSkuName`, a positive `retailPrice`; left out: Spot and Low Priority meters
 * (`skuName`/`meterName`), Windows (`productName` contains "Windows") and Dedicated Hosts. When a
 * size still has two prices in a region the primary meter region's wins, then the lower.
 */
import { PlagenticError } from "../../spec/errors.js";
import {
  isRecord,
  price,
  sortedRecord,
  type FetchContext,
  type FetchedFile,
  type PriceFetcher,
} from "./fetcher.js";
import { displayUrl, PriceFetchError } from "./http.js";

export const AZURE_DEFAULT_ENDPOINT = "https://prices.azure.com";
export const AZURE_API_VERSION = "2023-01-01-preview";
/** A guard against a NextPageLink loop; all VM prices of all regions are a few hundred pages. */
const MAX_PAGES = 5_000;

export interface AzureRetailItem {
  currencyCode?: string;
  retailPrice?: number;
  unitPrice?: number;
  armRegionName?: string;
  location?: string;
  effectiveStartDate?: string;
  meterName?: string;
  productName?: string;
  skuName?: string;
  serviceName?: string;
  unitOfMeasure?: string;
  type?: string;
  isPrimaryMeterRegion?: boolean;
  armSkuName?: string;
}

interface AzurePage {
  Items?: AzureRetailItem[];
  NextPageLink?: string | null;
  Count?: number;
}

export function isLinuxPayAsYouGo(item: AzureRetailItem): boolean {
  const names = `${item.skuName ?? ""} ${item.meterName ?? ""}`;
  return (
    item.type === "Consumption" &&
    item.serviceName === "Virtual Machines" &&
    item.unitOfMeasure === "1 Hour" &&
    item.currencyCode === "USD" &&
    Boolean(item.armSkuName) &&
    Boolean(item.armRegionName) &&
    typeof item.retailPrice === "number" &&
    item.retailPrice > 0 &&
    !/\bSpot\b|Low Priority/i.test(names) &&
    !/Windows|Dedicated Host/i.test(item.productName ?? "")
  );
}

export function azureFilter(region: string | undefined): string {
  const base = "serviceName eq 'Virtual Machines' and priceType eq 'Consumption'";
  return region ? `${base} and armRegionName eq '${region.replace(/'/g, "''")}'` : base;
}

function pricesUrl(base: string, region: string | undefined): string {
  return `${base}/api/retail/prices?api-version=${AZURE_API_VERSION}&$filter=${encodeURIComponent(azureFilter(region))}`;
}

export const azureVmFetcher: PriceFetcher = {
  cloud: "azure",
  title: "Virtual Machines",
  files: ["azure-vm.json"],
  async fetch(ctx: FetchContext): Promise<FetchedFile[]> {
    const base = ctx.endpoint.replace(/\/+$/, "");
    /** size → region → the chosen item */
    const chosen = new Map<string, Map<string, AzureRetailItem>>();
    const asOf: Record<string, string> = {};
    const urls: string[] = [];
    for (const region of ctx.regions ?? [undefined]) {
      const url = pricesUrl(base, region);
      urls.push(url);
      let kept = 0;
      for await (const item of pages(ctx, url, region ?? "all regions")) {
        if (!isLinuxPayAsYouGo(item)) continue;
        if (region && item.armRegionName !== region) continue;
        kept++;
        const size = item.armSkuName!;
        const where = item.armRegionName!;
        const byRegion = chosen.get(size) ?? chosen.set(size, new Map()).get(size)!;
        const current = byRegion.get(where);
        if (!current || better(item, current)) byRegion.set(where, item);
        const date = item.effectiveStartDate;
        if (
          date &&
          !Number.isNaN(Date.parse(date)) &&
          (!asOf[where] || Date.parse(date) > Date.parse(asOf[where]))
        ) {
          asOf[where] = new Date(date).toISOString().replace(".000Z", "Z");
        }
      }
      if (kept === 0) {
        throw new PlagenticError(
          region
            ? `Azure has no Linux pay-as-you-go VM prices for region ${JSON.stringify(region)}: use an armRegionName such as eastus, westeurope or southeastasia (az account list-locations)`
            : `${displayUrl(url)}: no Linux pay-as-you-go VM prices in the answer; the API's shape may have changed`,
        );
      }
    }
    const sizes: Record<string, { vcpu: null; memory_gib: null; hourly: Record<string, number> }> = {};
    for (const [size, byRegion] of [...chosen].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const hourly: Record<string, number> = {};
      for (const [region, item] of byRegion) hourly[region] = price(item.retailPrice!);
      sizes[size] = { vcpu: null, memory_gib: null, hourly: sortedRecord(hourly) };
    }
    const fetchedAt = ctx.now().toISOString();
    for (const r of new Set([...chosen.values()].flatMap((m) => [...m.keys()]))) asOf[r] ??= fetchedAt;
    // One region: the URL fetched. Several: the same query without the region clause, which names them all.
    const source = displayUrl(urls.length === 1 ? urls[0]! : pricesUrl(base, undefined));
    const file: FetchedFile = {
      name: "azure-vm.json",
      source,
      regionAsOf: sortedRecord(asOf),
      content: {
        provider: "azure",
        service: "virtual_machines",
        currency: "USD",
        unit: "per instance-hour",
        operating_system: "Linux",
        purchase_option: "pay-as-you-go (Azure Retail Prices API Consumption prices, non-Spot)",
        source,
        as_of_note: "latest effectiveStartDate of the prices kept in each region (region_as_of)",
        region_keys: "Azure armRegionName",
        fields: {
          hourly: "retailPrice of the Linux Consumption meter, USD per hour",
          "vcpu, memory_gib": "not given by the Retail Prices API (null)",
        },
        sizes,
      },
      merge: (older) => mergeAzure(older, sizes),
    };
    return [file];
  },
};

/** Fresh regions replace the same regions of every size in the older file; other regions stay. */
function mergeAzure(
  older: Record<string, unknown>,
  freshSizes: Record<string, { hourly: Record<string, number> }>,
): Record<string, unknown> {
  const fetchedRegions = new Set(Object.values(freshSizes).flatMap((s) => Object.keys(s.hourly)));
  const sizes: Record<string, Record<string, unknown>> = {};
  const olderSizes = isRecord(older["sizes"]) ? older["sizes"] : {};
  for (const [name, entry] of Object.entries(olderSizes)) {
    if (!isRecord(entry) || !isRecord(entry["hourly"])) continue;
    const hourly = Object.fromEntries(
      Object.entries(entry["hourly"]).filter(([r]) => !fetchedRegions.has(r)),
    );
    if (Object.keys(hourly).length > 0) sizes[name] = { ...entry, hourly };
  }
  for (const [name, entry] of Object.entries(freshSizes)) {
    const before = sizes[name];
    const hourly = { ...(isRecord(before?.["hourly"]) ? before["hourly"] : {}), ...entry.hourly };
    sizes[name] = { ...(before ?? {}), ...entry, hourly: sortedRecord(hourly) };
  }
  return { ...older, sizes: sortedRecord(sizes) };
}

function better(candidate: AzureRetailItem, current: AzureRetailItem): boolean {
  const cp = candidate.isPrimaryMeterRegion !== false;
  const op = current.isPrimaryMeterRegion !== false;
  if (cp !== op) return cp;
  return candidate.retailPrice! < current.retailPrice!;
}

async function* pages(ctx: FetchContext, first: string, what: string): AsyncGenerator<AzureRetailItem> {
  let url: string | null | undefined = first;
  const seen = new Set<string>();
  for (let n = 1; url; n++) {
    if (seen.has(url) || n > MAX_PAGES) {
      throw new PriceFetchError(
        `${displayUrl(url)}: the Retail Prices API's NextPageLink loops`,
        displayUrl(url),
      );
    }
    seen.add(url);
    const page: AzurePage = await ctx.http.getJson<AzurePage>(url, `Azure VM prices, ${what}, page ${n}`);
    if (!isRecord(page) || !Array.isArray(page.Items)) {
      throw new PriceFetchError(`${displayUrl(url)}: malformed page (no Items array)`, displayUrl(url));
    }
    yield* page.Items;
    url = page.NextPageLink ? new URL(page.NextPageLink, ctx.endpoint).toString() : null;
  }
}
