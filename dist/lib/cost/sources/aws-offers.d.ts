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
import type { FetchContext } from "./fetcher.js";
export declare const AWS_DEFAULT_ENDPOINT = "https://pricing.us-east-1.amazonaws.com";
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
export declare function serviceOffers(ctx: FetchContext, offerCode: string): Promise<ServiceOffers>;
/** The error for a region AWS does not know at all, naming the ones it does. */
export declare function unknownAwsRegion(regions: string[], valid: string[]): PlagenticError;
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
export declare function readOfferCsv(ctx: FetchContext, url: string, label: string, onRow: (row: OfferRow) => void, mayKeep?: (line: string) => boolean): Promise<OfferMeta>;
/** A price column as a number; NaN (and so a skipped row) when it is not one. */
export declare function perUnit(row: OfferRow): number;
