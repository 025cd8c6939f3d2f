/**
 * Reading the AWS Price List bulk API (public, no credentials): the offer index names each
 * service's region index, the region index names each region's offer file, and the offer file's
 * CSV form is read row by row so that a file of hundreds of MB is never held in memory.
 *
 * Shapes, per the AWS Billing user guide ("Service Region index file for AWS services",
 * "Reading the service price list file for an AWS service"):
 * - offer index `/offers/v1.0/aws/index.json`: `{ offers: { <OfferCode>: { currentRegionIndexUrl } } }`;
 * - region index: `{ publicationDate, regions: { <regionCode>: { regionCode, currentVersionUrl } } }`,
 *   `currentVersionUrl` relative, ending in `/index.json` (the same path with `index.csv` is the CSV);
 * - CSV: five metadata rows (`FormatVersion`, `Disclaimer`, `Publication Date`, `Version`,
 *   `OfferCode`), then the header row (`SKU`, `OfferTermCode`, `RateCode`, `TermType`,
 *   `PriceDescription`, `EffectiveDate`, `StartingRange`, `EndingRange`, `Unit`, `PricePerUnit`,
 *   `Currency`, ... then the product attributes), then one row per price dimension.
 */
import { PlagenticError } from "../../spec/errors.js";
import { csvRecords } from "./csv-lines.js";
import type { FetchContext } from "./fetcher.js";
import { displayUrl, interrupted, PriceFetchError } from "./http.js";

export const AWS_DEFAULT_ENDPOINT = "https://pricing.us-east-1.amazonaws.com";

interface OfferIndex {
  offers?: Record<string, { currentRegionIndexUrl?: string }>;
}

interface RegionIndex {
  publicationDate?: string;
  regions?: Record<string, { regionCode?: string; currentVersionUrl?: string }>;
}

/** One region's offer file to read. */
export interface RegionOffer {
  region: string;
  csvUrl: string;
}

export interface ServiceOffers {
  regionIndexUrl: string;
  offers: RegionOffer[];
  /** Every region code the service's region index lists. */
  listed: string[];
  /** Regions asked for that this service does not list (e.g. RDS in a region too new for it). */
  missing: string[];
}

/**
 * The regional offer files of one service for the regions asked for (all when none). Regions the
 * service does not list come back in `missing`: the caller decides whether that is an error (EC2,
 * whose index is the reference) or a gap (RDS or Lambda not yet in a new region).
 */
export async function serviceOffers(ctx: FetchContext, offerCode: string): Promise<ServiceOffers> {
  const base = ctx.endpoint.replace(/\/+$/, "");
  const indexUrl = `${base}/offers/v1.0/aws/index.json`;
  const index = await ctx.http.getJson<OfferIndex>(indexUrl, "AWS offer index");
  const relRegionIndex =
    index.offers?.[offerCode]?.currentRegionIndexUrl ??
    `/offers/v1.0/aws/${offerCode}/current/region_index.json`;
  const regionIndexUrl = new URL(relRegionIndex, base + "/").toString();
  const regionIndex = await ctx.http.getJson<RegionIndex>(regionIndexUrl, `${offerCode} region index`);
  const listed = regionIndex.regions ?? {};
  const names = Object.keys(listed).sort();
  if (names.length === 0) {
    throw new PriceFetchError(
      `${displayUrl(regionIndexUrl)}: the region index lists no regions`,
      regionIndexUrl,
    );
  }
  const wanted = ctx.regions ?? names;
  const offers: RegionOffer[] = [];
  const missing: string[] = [];
  for (const region of wanted) {
    const entry = listed[region];
    if (!entry?.currentVersionUrl) {
      missing.push(region);
      continue;
    }
    const jsonUrl = new URL(entry.currentVersionUrl, base + "/").toString();
    offers.push({ region, csvUrl: jsonUrl.replace(/\/index\.json$/, "/index.csv") });
  }
  return { regionIndexUrl, offers, listed: names, missing };
}

/** The error for a region AWS does not know at all, naming the ones it does. */
export function unknownAwsRegion(regions: string[], valid: string[]): PlagenticError {
  return new PlagenticError(
    `unknown AWS region ${regions.map((r) => JSON.stringify(r)).join(", ")}; the AWS price list has: ${valid.join(", ")}`,
  );
}

/** A CSV row read by column name. */
export type OfferRow = (column: string) => string;

export interface OfferMeta {
  publicationDate: string | undefined;
  /** Rows parsed (after the raw-text test). */
  rows: number;
}

/**
 * Streams one offer CSV, calling `onRow` for each price row that `mayKeep` does not rule out from
 * its raw text (a cheap test such as "contains `"OnDemand"`" spares parsing most of an offer).
 * Memory stays bounded by one record: nothing keeps the rows. A file without the header row, or
 * cut short (a network error, a row with fewer columns than the header), is an error, so a
 * truncated download is never taken for a complete one.
 */
export async function readOfferCsv(
  ctx: FetchContext,
  url: string,
  label: string,
  onRow: (row: OfferRow) => void,
  mayKeep: (line: string) => boolean = () => true,
): Promise<OfferMeta> {
  const body = await ctx.http.getStream(url, label);
  let header: Map<string, number> | undefined;
  let width = 0;
  let onDemand: (line: string) => boolean = () => true;
  let publicationDate: string | undefined;
  let rows = 0;
  const shown = displayUrl(url);
  try {
    const keep = (line: string): boolean => header === undefined || (onDemand(line) && mayKeep(line));
    for await (const record of csvRecords(body, keep)) {
      if (!header) {
        if (record[0] === "Publication Date") publicationDate = record[1];
        else if (record[0] === "SKU") {
          header = new Map(record.map((name, i) => [name, i]));
          width = record.length;
          onDemand = termTypeTest(record, "OnDemand");
        }
        continue;
      }
      if (record.length !== width) {
        throw new PriceFetchError(
          `${shown}: malformed offer file (a row has ${record.length} columns, the header ${width})`,
          shown,
        );
      }
      rows++;
      const h = header;
      onRow((column) => {
        const i = h.get(column);
        return i === undefined ? "" : (record[i] ?? "");
      });
    }
  } catch (e) {
    body.destroy();
    if (ctx.http.signal?.aborted) throw interrupted();
    if (e instanceof PlagenticError) throw e;
    throw new PriceFetchError(`${shown}: cannot read the offer file: ${(e as Error).message}`, shown);
  }
  if (!header) throw new PriceFetchError(`${shown}: no header row (is this an AWS offer CSV?)`, shown);
  return { publicationDate: isoOrUndefined(publicationDate), rows };
}

/**
 * A raw-text test for `TermType = <term>` when the columns before TermType are the plain codes
 * the format puts there (SKU, OfferTermCode, RateCode: letters, digits and dots, never a comma),
 * so the field can be found by counting commas; otherwise no test (every row is parsed).
 * Reserved rows are most of an EC2 offer; skipping them unparsed is most of the speed.
 */
function termTypeTest(header: string[], term: string): (line: string) => boolean {
  const index = header.indexOf("TermType");
  const codes = new Set(["SKU", "OfferTermCode", "RateCode"]);
  if (index < 0 || !header.slice(0, index).every((h) => codes.has(h))) return () => true;
  return (line) => {
    let at = -1;
    for (let n = 0; n < index; n++) {
      at = line.indexOf(",", at + 1);
      if (at < 0) return true;
    }
    const start = line.charCodeAt(at + 1) === 34 ? at + 2 : at + 1;
    return line.startsWith(term, start);
  };
}

function isoOrUndefined(s: string | undefined): string | undefined {
  return s && !Number.isNaN(Date.parse(s)) ? new Date(s).toISOString().replace(".000Z", "Z") : undefined;
}

/** A price column as a number; NaN (and so a skipped row) when it is not one. */
export function perUnit(row: OfferRow): number {
  const v = row("PricePerUnit");
  return v === "" ? NaN : Number(v);
}
