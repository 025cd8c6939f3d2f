/**
 * Lambda request and duration prices from the AWSLambda regional offer files, into
 * `aws-lambda.json` (`regions[region]{requests_per_1m, duration_x86_per_gb_second, ...}`).
 *
 * Filters: `TermType = OnDemand`, USD, `Product Family = Serverless`, by the offer's `Group`
 * column: AWS-Lambda-Requests (per request, stored per 1M), AWS-Lambda-Duration (x86) and
 * AWS-Lambda-Duration-ARM (per GB-second, the first tier: `StartingRange = 0`),
 * AWS-Lambda-Storage-Duration (ephemeral storage, per GB-second). Lambda@Edge and provisioned
 * concurrency have other groups and are left out.
 */
import { perUnit, readOfferCsv, serviceOffers } from "./aws-offers.js";
import { isRegionRow } from "./aws-ec2.js";
import { mergeRegionTables, price, sortedRecord, type FetchedFile, type PriceFetcher } from "./fetcher.js";
import { PriceFetchError } from "./http.js";

const GROUPS: Record<string, { key: string; scale: number }> = {
  "AWS-Lambda-Requests": { key: "requests_per_1m", scale: 1_000_000 },
  "AWS-Lambda-Duration": { key: "duration_x86_per_gb_second", scale: 1 },
  "AWS-Lambda-Duration-ARM": { key: "duration_arm_per_gb_second", scale: 1 },
  "AWS-Lambda-Storage-Duration": { key: "ephemeral_storage_per_gb_second", scale: 1 },
};

export const awsLambdaFetcher: PriceFetcher = {
  cloud: "aws",
  title: "Lambda",
  files: ["aws-lambda.json"],
  async fetch(ctx) {
    const svc = await serviceOffers(ctx, "AWSLambda");
    if (svc.missing.length > 0) ctx.note(`Lambda has no price list for ${svc.missing.join(", ")}; skipped`);
    const regions: Record<string, Record<string, number>> = {};
    const asOf: Record<string, string> = {};
    const fetchedAt = ctx.now().toISOString();
    for (const offer of svc.offers) {
      const here: Record<string, number> = {};
      const meta = await readOfferCsv(ctx, offer.csvUrl, `AWSLambda ${offer.region}`, (row) => {
        if (row("TermType") !== "OnDemand" || row("Currency") !== "USD" || !isRegionRow(row, offer.region))
          return;
        if (row("Product Family") !== "Serverless") return;
        const group = GROUPS[row("Group")];
        const start = Number(row("StartingRange") || "0");
        const p = perUnit(row);
        if (!group || start !== 0 || !Number.isFinite(p) || p < 0) return;
        here[group.key] ??= price(p * group.scale);
      });
      if (here["requests_per_1m"] === undefined || here["duration_x86_per_gb_second"] === undefined) {
        throw new PriceFetchError(
          `${offer.csvUrl}: ${meta.rows} rows but no Lambda request or duration price; the offer format may have changed`,
          offer.csvUrl,
        );
      }
      regions[offer.region] = sortedRecord(here);
      asOf[offer.region] = meta.publicationDate ?? fetchedAt;
    }
    if (svc.offers.length === 0) return [];
    const source = svc.offers.length === 1 ? svc.offers[0]!.csvUrl : svc.regionIndexUrl;
    const file: FetchedFile = {
      name: "aws-lambda.json",
      source,
      regionAsOf: asOf,
      content: {
        provider: "aws",
        service: "lambda",
        currency: "USD",
        source,
        as_of_note: "publicationDate of each region's AWSLambda offer file (region_as_of)",
        units: {
          requests_per_1m: "USD per 1 million requests",
          duration_x86_per_gb_second: "USD per GB-second, x86, first tier",
          duration_arm_per_gb_second: "USD per GB-second, Arm, first tier",
          ephemeral_storage_per_gb_second: "USD per GB-second of ephemeral storage above 512 MB",
        },
        not_included: ["free tier", "Lambda@Edge", "provisioned concurrency"],
        regions: sortedRecord(regions),
      },
      merge: (older) => mergeRegionTables(older, file.content, [["regions"]]),
    };
    return [file];
  },
};
