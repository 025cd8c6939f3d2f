import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { defaultPriceCacheDir } from "../../src/cost/price-cache.js";
import { sha256Hex } from "../../src/cost/price-manifest.js";
import { updatePrices, type PricesUpdateOptions } from "../../src/cost/prices-update.js";
import {
  azureCatalog,
  azureItem,
  ec2Offer,
  gcpCatalog,
  lambdaOffer,
  largeEc2Offer,
  rdsOffer,
} from "../helpers/price-fixtures.js";
import { startPriceServer, type PriceServer, type PriceServerOptions } from "../helpers/price-server.js";

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function server(opts: PriceServerOptions): Promise<PriceServer> {
  const s = await startPriceServer(opts);
  cleanups.push(() => s.close());
  return s;
}

function cacheDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "plagentic-prices-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const NOW = new Date("2026-12-02T08:30:00.000Z");

function run(s: PriceServer, dir: string, extra: Partial<PricesUpdateOptions> = {}) {
  return updatePrices({
    env: { PLAGENTIC_GCP_API_KEY: "test-key-0123456789" },
    config: { prices: { cacheDir: dir, endpoints: { aws: s.url, azure: s.url, gcp: s.url } } },
    now: () => NOW,
    http: { attempts: 3, baseDelayMs: 1 },
    ...extra,
  });
}

/** A cache file, loosely typed: the assertions below spell out the shapes. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test reads of nested JSON
type Loose = Record<string, any>;
const readJson = (dir: string, name: string): Loose =>
  JSON.parse(readFileSync(join(dir, name), "utf8")) as Loose;

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), "utf8")]));
}

const awsOffers = (regions = ["us-east-1", "eu-west-1"]): PriceServerOptions["aws"] => ({
  AmazonEC2: Object.fromEntries(regions.map((r) => [r, ec2Offer(r, "2026-11-20T19:30:37Z")])),
  AmazonRDS: { "us-east-1": rdsOffer("2026-11-18T21:02:10Z") },
  AWSLambda: { "us-east-1": lambdaOffer("2026-10-30T17:45:01Z") },
});

describe("defaultPriceCacheDir", () => {
  it("prefers config, then an absolute XDG_CACHE_HOME, then ~/.cache", () => {
    expect(defaultPriceCacheDir({ XDG_CACHE_HOME: "/x" }, { prices: { cacheDir: "/cfg/prices" } })).toBe(
      "/cfg/prices",
    );
    expect(defaultPriceCacheDir({ XDG_CACHE_HOME: "/x", HOME: "/h" })).toBe("/x/plagentic/prices");
    expect(defaultPriceCacheDir({ XDG_CACHE_HOME: "relative", HOME: "/h" })).toBe(
      "/h/.cache/plagentic/prices",
    );
    expect(defaultPriceCacheDir({ HOME: "/h" }, {})).toBe("/h/.cache/plagentic/prices");
    // A bare environment (tests, sandboxes) has no cache, so plans use the bundled prices only.
    expect(defaultPriceCacheDir({})).toBeUndefined();
  });
});

describe("prices update: AWS Price List bulk API", () => {
  it("walks offer index → region index → offer CSV and keeps only the estimated prices", async () => {
    const s = await server({ aws: awsOffers() });
    const dir = cacheDir();
    const result = await run(s, dir, { cloud: "aws", regions: ["us-east-1"] });

    const ec2 = readJson(dir, "aws-ec2.json");
    // Reserved, Windows, RHEL, Dedicated, SQL Web, capacity-reservation and Local Zone rows come
    // first in the fixture; only the Linux shared on-demand Used row survives.
    expect(ec2["prices"]).toEqual({
      "us-east-1": { "c6g.metal": 2.176, "m5.large": 0.096, "t3.micro": 0.0104 },
    });
    expect(ec2["location_names"]).toEqual({ "us-east-1": "US East (N. Virginia)" });
    expect(ec2["instance_specs"].types["m5.large"]).toEqual({ vcpu: 2, memory_gib: 8 });
    expect(ec2["as_of"]).toBe("2026-11-20T19:30:37Z");
    expect(ec2["tenancy"]).toBe("Shared");

    expect(readJson(dir, "aws-ebs.json")["regions"]).toEqual({
      "us-east-1": { gp2: 0.1, gp3: 0.08, io2: 0.125, sc1: 0.015, st1: 0.045, standard_magnetic: 0.05 },
    });

    const rds = readJson(dir, "aws-rds.json");
    expect(rds["instances"].engines.postgres["us-east-1"]).toEqual({
      "db.m5.large": { multi_az: 0.356, single_az: 0.178 },
      "db.t3.micro": { multi_az: 0.036, single_az: 0.018 },
    });
    expect(rds["instances"].engines.mysql["us-east-1"]).toEqual({
      "db.t3.micro": { multi_az: 0.034, single_az: 0.017 },
    });
    expect(rds["instances"].engines.mariadb["us-east-1"]).toEqual({ "db.t3.micro": { single_az: 0.017 } });
    expect(rds["storage"].regions["us-east-1"]).toEqual({
      gp2_multi_az: 0.23,
      gp2_single_az: 0.115,
      gp3_multi_az: 0.23,
      gp3_single_az: 0.115,
      io1_single_az: 0.125,
    });
    expect(rds["as_of"]).toBe("2026-11-18T21:02:10Z");

    expect(readJson(dir, "aws-lambda.json")["regions"]).toEqual({
      "us-east-1": {
        duration_arm_per_gb_second: 0.0000133334,
        duration_x86_per_gb_second: 0.0000166667,
        ephemeral_storage_per_gb_second: 3.09e-8,
        requests_per_1m: 0.2,
      },
    });

    const manifest = readJson(dir, "manifest.json");
    expect(manifest["format"]).toBe(1);
    expect(Object.keys(manifest["files"])).toEqual([
      "aws-ebs.json",
      "aws-ec2.json",
      "aws-lambda.json",
      "aws-rds.json",
    ]);
    for (const [name, entry] of Object.entries<Record<string, string>>(manifest["files"])) {
      expect(entry["sha256"]).toBe(sha256Hex(readFileSync(join(dir, name))));
      expect(entry["fetched_at"]).toBe(NOW.toISOString());
    }
    expect(manifest["files"]["aws-ec2.json"]).toMatchObject({
      as_of: "2026-11-20T19:30:37Z",
      source: `${s.url}/offers/v1.0/aws/AmazonEC2/20261120193037/us-east-1/index.csv`,
    });
    expect(result.clouds[0]!.files.map((f) => f.name)).toEqual([
      "aws-ec2.json",
      "aws-ebs.json",
      "aws-rds.json",
      "aws-lambda.json",
    ]);
    // Only the CSV form of each offer is read, never the (larger) JSON form.
    expect(s.requests.filter((r) => r.endsWith("/index.json") && r.includes("/2026"))).toEqual([]);
  });

  it("a later --region run merges into the cached file and keeps the other regions", async () => {
    const s = await server({ aws: awsOffers(["us-east-1", "eu-west-1", "us-west-2"]) });
    const dir = cacheDir();
    await run(s, dir, { cloud: "aws", regions: ["us-east-1"] });
    await run(s, dir, { cloud: "aws", regions: ["eu-west-1"] });
    const ec2 = readJson(dir, "aws-ec2.json");
    expect(Object.keys(ec2["prices"])).toEqual(["eu-west-1", "us-east-1"]);
    expect(ec2["prices"]["eu-west-1"]["m5.large"]).toBe(0.107);
    expect(ec2["region_as_of"]).toEqual({
      "eu-west-1": "2026-11-20T19:30:37Z",
      "us-east-1": "2026-11-20T19:30:37Z",
    });
    // RDS and Lambda have no eu-west-1 offer here: their cached us-east-1 files are left alone.
    expect(Object.keys(readJson(dir, "aws-rds.json")["instances"].engines.postgres)).toEqual(["us-east-1"]);
    expect(Object.keys(readJson(dir, "aws-ebs.json")["regions"])).toEqual(["eu-west-1", "us-east-1"]);
  });

  it("without --region fetches every region of the region index and replaces the files", async () => {
    const s = await server({ aws: awsOffers(["us-east-1", "eu-west-1", "us-west-2"]) });
    const dir = cacheDir();
    await run(s, dir, { cloud: "aws" });
    expect(Object.keys(readJson(dir, "aws-ec2.json")["prices"])).toEqual([
      "eu-west-1",
      "us-east-1",
      "us-west-2",
    ]);
    expect(readJson(dir, "manifest.json")["files"]["aws-ec2.json"].source).toBe(
      `${s.url}/offers/v1.0/aws/AmazonEC2/current/region_index.json`,
    );
  });

  it("an unknown region names the valid ones from the region index", async () => {
    const s = await server({ aws: awsOffers() });
    const dir = cacheDir();
    await expect(run(s, dir, { cloud: "aws", regions: ["us-east-9"] })).rejects.toThrow(
      'unknown AWS region "us-east-9"; the AWS price list has: eu-west-1, us-east-1',
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it("an offer cut off halfway fails and leaves the old cache byte-for-byte", async () => {
    const s = await server({ aws: awsOffers() });
    const dir = cacheDir();
    await run(s, dir, { cloud: "aws", regions: ["us-east-1"] });
    const before = snapshot(dir);
    s.faults.push({ match: /AWSLambda\/\d+\/us-east-1\/index\.csv/, times: 10, cutAfterBytes: 900 });
    await expect(run(s, dir, { cloud: "aws", regions: ["us-east-1"] })).rejects.toThrow(/index\.csv/);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe("prices update: interrupted (Ctrl-C)", () => {
  it("aborting halfway through a large offer leaves the old cache byte-for-byte", async () => {
    const offers = awsOffers();
    const s = await server({ aws: offers });
    const dir = cacheDir();
    await run(s, dir, { cloud: "aws", regions: ["us-east-1"] });
    const before = snapshot(dir);
    offers!["AmazonEC2"]!["us-east-1"] = () => largeEc2Offer("us-east-1", 64 * 1024 * 1024);
    const abort = new AbortController();
    const err = await run(s, dir, {
      cloud: "aws",
      regions: ["us-east-1"],
      signal: abort.signal,
      progress: (e) => {
        if (e.kind === "bytes" && e.received > 2 * 1024 * 1024) abort.abort();
      },
    }).catch((e: Error) => e);
    expect((err as Error).message).toBe("interrupted; the price cache is unchanged");
    expect(snapshot(dir)).toEqual(before);
  });
});

describe("prices update: Azure Retail Prices API", () => {
  it("sends the documented $filter, follows NextPageLink and keeps Linux pay-as-you-go", async () => {
    const s = await server({ azure: { items: azureCatalog(), pageSize: 4 } });
    const dir = cacheDir();
    await run(s, dir, { cloud: "azure", regions: ["westeurope"] });
    const vm = readJson(dir, "azure-vm.json");
    expect(vm["sizes"]).toEqual({
      Standard_B2s: { vcpu: null, memory_gib: null, hourly: { westeurope: 0.048 } },
      Standard_D2s_v5: { vcpu: null, memory_gib: null, hourly: { westeurope: 0.115 } },
      Standard_E4s_v5: { vcpu: null, memory_gib: null, hourly: { westeurope: 0.304 } },
    });
    expect(vm["as_of"]).toBe("2025-09-01T00:00:00Z");
    const pages = s.requests.filter((r) => r.startsWith("/api/retail/prices"));
    // 5 items per size x 3 sizes, minus the 3 reservations the filter drops = 12 items, 4 a page.
    expect(pages).toHaveLength(3);
    const filter = new URL(pages[0]!, s.url).searchParams.get("$filter");
    expect(filter).toBe(
      "serviceName eq 'Virtual Machines' and priceType eq 'Consumption' and armRegionName eq 'westeurope'",
    );
    expect(new URL(pages[0]!, s.url).searchParams.get("api-version")).toBe("2023-01-01-preview");
  });

  it("merges a second region into the cached sizes", async () => {
    const s = await server({ azure: { items: azureCatalog(), pageSize: 5 } });
    const dir = cacheDir();
    await run(s, dir, { cloud: "azure", regions: ["westeurope"] });
    await run(s, dir, { cloud: "azure", regions: ["northeurope"] });
    let vm = readJson(dir, "azure-vm.json");
    expect(vm["region_as_of"]).toEqual({
      northeurope: "2025-09-01T00:00:00Z",
      westeurope: "2025-09-01T00:00:00Z",
    });
    expect(vm["source"]).toMatch(/armRegionName%20eq%20%27northeurope%27$/);
    await run(s, dir, { cloud: "azure", regions: ["westeurope", "eastus"] });
    vm = readJson(dir, "azure-vm.json");
    expect(vm["source"]).toMatch(/priceType%20eq%20%27Consumption%27$/);
    expect(vm["sizes"]["Standard_D2s_v5"].hourly).toEqual({
      eastus: 0.096,
      northeurope: 0.107,
      westeurope: 0.115,
    });
    expect(vm["sizes"]["Standard_E4s_v5"].hourly).toEqual({ eastus: 0.252, westeurope: 0.304 });
  });

  it("prefers the primary meter region's price when a size has two", async () => {
    const secondary = { ...azureItem("eastus", "Standard_D2s_v5", 0.09), isPrimaryMeterRegion: false };
    const s = await server({ azure: { items: [secondary, azureItem("eastus", "Standard_D2s_v5", 0.096)] } });
    const dir = cacheDir();
    await run(s, dir, { cloud: "azure", regions: ["eastus"] });
    expect(readJson(dir, "azure-vm.json")["sizes"]["Standard_D2s_v5"].hourly).toEqual({ eastus: 0.096 });
  });

  it("retries a 429 and a 503, then succeeds", async () => {
    const s = await server({ azure: { items: azureCatalog(), pageSize: 4 } });
    s.faults.push({ match: /skip=4\b/, times: 1, status: 429 }, { match: /skip=8\b/, times: 1, status: 503 });
    const dir = cacheDir();
    await run(s, dir, { cloud: "azure", regions: ["westeurope"] });
    expect(Object.keys(readJson(dir, "azure-vm.json")["sizes"])).toHaveLength(3);
    expect(s.requests.filter((r) => /skip=4\b/.test(r))).toHaveLength(2);
    expect(s.requests.filter((r) => /skip=8\b/.test(r))).toHaveLength(2);
  });

  it("gives up after the attempts with the URL and status, and the old cache stays", async () => {
    const s = await server({ azure: { items: azureCatalog(), pageSize: 4 } });
    const dir = cacheDir();
    await run(s, dir, { cloud: "azure", regions: ["westeurope"] });
    const before = snapshot(dir);
    s.faults.push({ match: /skip=4/, times: 99, status: 502 });
    const err = await run(s, dir, { cloud: "azure", regions: ["westeurope"] }).catch((e: Error) => e);
    expect((err as Error).message).toMatch(
      new RegExp(`^GET ${s.url}/api/retail/prices\\?.*skip=4 failed after 3 attempts: HTTP 502`),
    );
    expect(snapshot(dir)).toEqual(before);
  });

  it("a malformed page halfway leaves the old cache byte-for-byte intact", async () => {
    const s = await server({ azure: { items: azureCatalog(), pageSize: 4 } });
    const dir = cacheDir();
    await run(s, dir, { cloud: "azure", regions: ["westeurope"] });
    const before = snapshot(dir);
    s.faults.push({ match: /skip=8/, times: 99, body: '{"Items": [{"armSkuName": "Standard_D2s_v5"' });
    await expect(run(s, dir, { cloud: "azure", regions: ["westeurope"] })).rejects.toThrow(/not JSON/);
    expect(snapshot(dir)).toEqual(before);
    expect(readdirSync(dir).some((f) => f.includes(".tmp-"))).toBe(false);
  });

  it("removes temporary files a killed run left behind, not a live run's", async () => {
    const s = await server({ azure: { items: azureCatalog() } });
    const dir = cacheDir();
    writeFileSync(join(dir, "azure-vm.json.tmp-999999999-0a1b2c3d"), "half");
    writeFileSync(join(dir, `azure-vm.json.tmp-${process.pid}-0a1b2c3d`), "ours");
    await run(s, dir, { cloud: "azure", regions: ["eastus"] });
    expect(readdirSync(dir).sort()).toEqual(
      [`azure-vm.json.tmp-${process.pid}-0a1b2c3d`, "azure-vm.json", "manifest.json"].sort(),
    );
  });

  it("a region with no prices is a clear error", async () => {
    const s = await server({ azure: { items: azureCatalog() } });
    await expect(run(s, cacheDir(), { cloud: "azure", regions: ["westeuropa"] })).rejects.toThrow(
      /Azure has no Linux pay-as-you-go VM prices for region "westeuropa"/,
    );
  });
});

describe("prices update: GCP Cloud Billing Catalog API", () => {
  it("pages with nextPageToken, sends the API key, and writes the disk and external IP prices", async () => {
    const s = await server({ gcp: { key: "test-key-0123456789", skus: gcpCatalog(), pageSize: 7 } });
    const dir = cacheDir();
    await run(s, dir, { cloud: "gcp", regions: ["europe-west1"] });
    const file = readJson(dir, "gcp-disk-network.json");
    expect(file["persistent_disk"].regions).toEqual({
      "europe-west1": {
        balanced: 0.1,
        balanced_replicated: 0.2,
        hdd: 0.04,
        hdd_replicated: 0.08,
        local: 0.08,
        snapshot: 0.05,
        ssd: 0.17,
        ssd_replicated: 0.34,
      },
    });
    expect(file["network"].regions).toEqual({
      "europe-west1": { external_ip_in_use_per_hour: 0.005, external_ip_unused_per_hour: 0.01 },
    });
    expect(file["as_of"]).toBe(NOW.toISOString());
    const skuPages = s.requests.filter((r) => r.startsWith("/v1/services/6F81-5844-456A/skus"));
    expect(skuPages.length).toBe(Math.ceil(gcpCatalog().length / 7));
    expect(skuPages.every((r) => r.includes("key=test-key-0123456789"))).toBe(true);
    // The key never reaches the cache.
    const manifest = readJson(dir, "manifest.json");
    expect(manifest["files"]["gcp-disk-network.json"].source).toContain("key=***");
    expect(JSON.stringify(snapshot(dir))).not.toContain("test-key-0123456789");
  });

  it("without an API key fails before fetching anything, naming both variables", async () => {
    const s = await server({ gcp: { key: "k", skus: gcpCatalog() } });
    await expect(run(s, cacheDir(), { cloud: "gcp", env: {} })).rejects.toThrow(
      /set PLAGENTIC_GCP_API_KEY or GOOGLE_API_KEY/,
    );
    expect(s.requests).toEqual([]);
  });

  it("GOOGLE_API_KEY is the fallback; a wrong key is reported with the status, key masked", async () => {
    const s = await server({ gcp: { key: "right-key-0123456789", skus: gcpCatalog() } });
    const err = await run(s, cacheDir(), {
      cloud: "gcp",
      env: { GOOGLE_API_KEY: "wrong-key-0123456789" },
    }).catch((e: Error) => e);
    expect((err as Error).message).toMatch(
      /key=\*\*\* failed: HTTP 400 Bad Request: API key not valid\. Please pass a valid API key\.$/,
    );
    expect((err as Error).message).not.toContain("wrong-key");
  });

  it("an unknown region names the catalog's regions", async () => {
    const s = await server({ gcp: { key: "test-key-0123456789", skus: gcpCatalog() } });
    await expect(run(s, cacheDir(), { cloud: "gcp", regions: ["europe-west99"] })).rejects.toThrow(
      'unknown GCP region "europe-west99"; the Compute Engine catalog has: asia-east1, europe-west1, us-central1',
    );
  });
});

describe("prices update: all clouds", () => {
  it("commits each cloud on its own and says which were updated when a later one fails", async () => {
    const s = await server({
      aws: awsOffers(["us-east-1"]),
      azure: { items: azureCatalog() },
      gcp: { key: "test-key-0123456789", skus: gcpCatalog(), pageSize: 5 },
    });
    s.faults.push({ match: /pageToken=/, times: 99, status: 503 });
    const dir = cacheDir();
    const notes: string[] = [];
    await expect(run(s, dir, { note: (l) => notes.push(l) })).rejects.toThrow(/HTTP 503/);
    expect(notes).toEqual(["aws and azure prices were updated; gcp was not"]);
    expect(Object.keys(readJson(dir, "manifest.json")["files"])).toEqual([
      "aws-ebs.json",
      "aws-ec2.json",
      "aws-lambda.json",
      "aws-rds.json",
      "azure-vm.json",
    ]);
  });
});

describe("prices update: choices", () => {
  it("an unknown cloud lists the valid ones; --region needs one cloud", async () => {
    const s = await server({});
    await expect(run(s, cacheDir(), { cloud: "oracle" })).rejects.toThrow(
      'unknown cloud "oracle": expected one of aws, azure, gcp',
    );
    await expect(run(s, cacheDir(), { regions: ["eastus"] })).rejects.toThrow(/--region .* add --cloud/);
  });
});
