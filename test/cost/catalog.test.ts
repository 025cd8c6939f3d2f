import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundledPriceDir, loadPriceCatalog, PRICE_FILES } from "../../src/cost/catalog-loader.js";

const dir = bundledPriceDir();

function countingCatalog(dirs: string[] = [dir]) {
  const reads: string[] = [];
  const catalog = loadPriceCatalog(dirs, {
    readText: (path) => {
      reads.push(basename(path));
      return readFileSync(path, "utf8");
    },
  });
  return { catalog, reads };
}

describe("loadPriceCatalog", () => {
  const catalog = loadPriceCatalog();

  it("prices EC2 in us-east-1 from Karpenter's newer table, with its source and date", () => {
    const t3small = catalog.machineHourly("aws-ec2", "us-east-1", "t3.small");
    expect(t3small?.price).toBe(0.0208);
    expect(t3small?.source.asOf).toBe("2026-07-20T13:44:30Z");
    expect(t3small?.source.source).toContain("karpenter-provider-aws");
  });

  it("prices EC2 in every region of the regional file", () => {
    const m5 = catalog.machineHourly("aws-ec2", "eu-west-1", "m5.large");
    expect(m5?.price).toBe(0.107);
    expect(m5?.source.asOf).toBe("2025-04-04T22:41:22Z");
    expect(m5?.source.source).toContain("yeo/ec2.shop @ 74c9fd8");
    expect(catalog.regionsOf("aws-ec2")).toHaveLength(34);
    expect(catalog.machineHourly("aws-ec2", "cn-north-1", "m5.large")).toBeUndefined();
  });

  it("prices the 19 bare-metal types Karpenter has at Dedicated tenancy at the shared price", () => {
    const metal = catalog.machineHourly("aws-ec2", "us-east-1", "c6g.metal");
    expect(metal?.price).toBe(2.176);
    expect(metal?.source.asOf).toBe("2025-04-04T22:41:22Z");
    expect(catalog.machineHourly("aws-ec2", "us-east-1", "m7i.metal-24xl")?.price).toBe(4.8384);
    // A metal type not in that list keeps Karpenter's value.
    expect(catalog.machineHourly("aws-ec2", "us-east-1", "c5.metal")?.source.source).toContain("karpenter");
  });

  it("leaves types whose 2025-04 price is known stale unknown outside us-east-1", () => {
    expect(catalog.machineHourly("aws-ec2", "eu-west-1", "p5.48xlarge")).toBeUndefined();
    expect(catalog.machineHourly("aws-ec2", "us-east-1", "p5.48xlarge")?.source.asOf).toBe(
      "2026-07-20T13:44:30Z",
    );
  });

  it("prices GCP machine types per region", () => {
    expect(catalog.machineHourly("gcp-compute", "us-central1", "e2-micro")?.price).toBeCloseTo(0.0083764, 7);
    expect(catalog.machineHourly("gcp-compute", "us-central1", "n2-standard-2")?.price).toBeCloseTo(
      0.097118,
      6,
    );
    expect(catalog.machineHourly("gcp-compute", "us-central1", "e2-micro")?.source.asOf).toBe(
      "Thu Jul 30 06:13:17 2026",
    );
  });

  it("prices Azure sizes by armRegionName or display name, from the catalog file", () => {
    expect(catalog.machineHourly("azure-vm", "eastus", "Standard_B1s")?.price).toBe(0.0104);
    expect(catalog.machineHourly("azure-vm", "East US", "Standard_B1s")?.price).toBe(0.0104);
    const b1s = catalog.machineHourly("azure-vm", "eastus", "Standard_B1s");
    expect(b1s?.source).toEqual({
      source: "anycloud-sh/catalog @ 62ff0a987e0c257a89235415d2877812fb1aaf29 azure/vms.csv",
      asOf: "2026-05-20T04:50:10Z",
    });
  });

  it("keeps the Azure catalog value where Karpenter's table alternates to a higher row", () => {
    // karpenter_differs has 0.178 for eastus; the Linux pay-as-you-go price is 0.086.
    expect(catalog.machineHourly("azure-vm", "eastus", "Standard_D2as_v5")?.price).toBe(0.086);
  });

  it("names Karpenter as the source of a Karpenter-only Azure value", () => {
    const only = catalog.machineHourly("azure-vm", "swedensouth", "Standard_D2s_v5");
    expect(only?.price).toBe(0.133);
    expect(only?.source.source).toContain("Azure/karpenter-provider-azure @ 352646f");
    expect(only?.source.asOf).toBe("2026-06-18T03:43:41Z");
  });

  it("answers undefined, not 0, for sizes and regions not in the data", () => {
    expect(catalog.machineHourly("aws-ec2", "us-east-1", "t3.enormous")).toBeUndefined();
    expect(catalog.machineHourly("gcp-compute", "mars-north1", "e2-micro")).toBeUndefined();
    expect(catalog.machineHourly("azure-vm", "eastus", "constructor")).toBeUndefined();
    expect(catalog.hasMachineSize("azure-vm", "Standard_Z99")).toBe(false);
    expect(catalog.hasMachineSize("gcp-compute", "toString")).toBe(false);
    expect(catalog.regionalPrice("ebs", "eu-west-1", "toString")).toBeUndefined();
    expect(
      catalog.regionalPrice("rds-instance", "eu-west-1", "postgres/db.t3.micro/constructor"),
    ).toBeUndefined();
  });

  it("gives every managed price a short source and a date", () => {
    const eks = catalog.managedPrices("aws", "eks");
    expect(eks.map((p) => p.price)).toContain(0.1);
    for (const cloud of ["aws", "gcp", "azure"] as const) {
      for (const service of ["eks", "vpc", "rds", "gke", "cloud_sql", "aks", "sql_database", "functions"]) {
        for (const p of catalog.managedPrices(cloud, service)) {
          expect(p.source.source.length).toBeGreaterThan(10);
          expect(p.source.source.length).toBeLessThan(200);
          expect(p.source.asOf).toMatch(/^\d{4}-\d{2}-\d{2}|^undated$/);
        }
      }
    }
    const rds = catalog.managedPrices("aws", "rds").find((p) => p.component.includes("db.t3.micro"));
    expect(rds?.source.asOf).toBe("2024-08-09");
  });

  it("reads a file only when a price from it is needed, and only once", () => {
    const { catalog: lazy, reads } = countingCatalog();
    expect(reads).toEqual(["manifest.json"]);
    lazy.machineHourly("aws-ec2", "us-east-1", "t3.small");
    lazy.machineHourly("aws-ec2", "us-east-1", "m5.large");
    lazy.hasMachineSize("aws-ec2", "t3.micro");
    // An ordinary us-east-1 type never needs the 400 KB regional EC2 file.
    expect(reads).toEqual(["manifest.json", PRICE_FILES["aws-ec2-us-east-1"]]);
    lazy.managedPrices("aws", "eks");
    lazy.machineHourly("aws-ec2", "eu-west-1", "m5.large");
    lazy.machineHourly("aws-ec2", "eu-west-2", "m5.large");
    expect(reads).toEqual([
      "manifest.json",
      PRICE_FILES["aws-ec2-us-east-1"],
      PRICE_FILES.managed,
      PRICE_FILES["aws-ec2"],
    ]);
    expect(reads).not.toContain(PRICE_FILES["azure-vm"]);
  });

  it("names the file when price data is malformed", () => {
    const broken = mkdtempSync(join(tmpdir(), "plagentic-prices-"));
    writeFileSync(
      join(broken, PRICE_FILES["aws-ec2-us-east-1"]),
      JSON.stringify({ region: "us-east-1", prices: [] }),
    );
    writeFileSync(
      join(broken, PRICE_FILES["aws-ec2"]),
      JSON.stringify({ source: "x", as_of: "2025-01-01", prices: { "eu-west-1": { "t3.micro": "cheap" } } }),
    );
    const bad = loadPriceCatalog(broken);
    expect(() => bad.machineHourly("aws-ec2", "us-east-1", "t3.small")).toThrow(/aws-ec2-us-east-1\.json/);
    expect(() => bad.machineHourly("aws-ec2", "eu-west-1", "t3.micro")).toThrow(
      /aws-ec2\.json: prices\.eu-west-1\.t3\.micro: expected a price/,
    );
    expect(() => bad.machineHourly("gcp-compute", "us-central1", "e2-micro")).toThrow(/gcp-compute\.json/);
  });

  it("has a version that is a sha256 over the manifests", () => {
    expect(catalog.version).toMatch(/^[0-9a-f]{64}$/);
    expect(loadPriceCatalog().version).toBe(catalog.version);
  });
});

describe("the price cache", () => {
  const sha = (text: string) => createHash("sha256").update(text).digest("hex");

  /** A cache directory holding `files` (name → JSON value) and a manifest dating them `asOf`. */
  function cacheDir(
    files: Record<string, unknown>,
    asOf: string,
    tamper: (name: string, text: string) => string = (_n, t) => t,
  ) {
    const cache = mkdtempSync(join(tmpdir(), "plagentic-cache-"));
    const manifest: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(files)) {
      const text = JSON.stringify(value);
      writeFileSync(join(cache, name), tamper(name, text));
      manifest[name] = {
        sha256: sha(text),
        as_of: asOf,
        source: "AWS Price List API",
        fetched_at: "2026-12-01T08:00:00Z",
      };
    }
    writeFileSync(join(cache, "manifest.json"), JSON.stringify({ format: 1, files: manifest }));
    return cache;
  }

  const ec2 = (prices: Record<string, Record<string, number>>) => ({
    source: "AWS Price List API",
    as_of: "2026-12-01",
    prices,
  });

  function withWarnings(dirs: string[]) {
    const warnings: string[] = [];
    return { catalog: loadPriceCatalog(dirs, { warn: (m) => warnings.push(m) }), warnings };
  }

  it("uses a newer cached region, says so in the source, and keeps the bundled data elsewhere", () => {
    const cache = cacheDir({ "aws-ec2.json": ec2({ "eu-west-1": { "m5.large": 0.1 } }) }, "2026-12-01");
    const { catalog, warnings } = withWarnings([dir, cache]);
    expect(catalog.machineHourly("aws-ec2", "eu-west-1", "m5.large")).toEqual({
      price: 0.1,
      source: { source: "AWS Price List API (cache, fetched 2026-12-01)", asOf: "2026-12-01" },
    });
    // The cached region replaces the bundled one whole: a type it lacks is unknown there.
    expect(catalog.machineHourly("aws-ec2", "eu-west-1", "t3.micro")).toBeUndefined();
    // Regions the cache does not hold keep the bundled prices.
    expect(catalog.machineHourly("aws-ec2", "eu-central-1", "t3.micro")?.price).toBe(0.012);
    expect(catalog.machineHourly("aws-ec2", "us-east-1", "t3.micro")?.source.source).toContain("karpenter");
    expect(warnings).toEqual([]);
    expect(catalog.version).not.toBe(loadPriceCatalog().version);
  });

  it("ignores a cache file that is not newer than the bundled one (for us-east-1 EC2, than Karpenter's)", () => {
    const cache = cacheDir(
      { "aws-ec2.json": ec2({ "us-east-1": { "t3.micro": 1 }, "eu-west-1": { "t3.micro": 1 } }) },
      "2026-01-01",
    );
    const { catalog } = withWarnings([dir, cache]);
    expect(catalog.machineHourly("aws-ec2", "us-east-1", "t3.micro")?.price).toBe(0.0104);
    expect(catalog.machineHourly("aws-ec2", "eu-west-1", "t3.micro")?.price).toBe(1);
    const older = withWarnings([
      dir,
      cacheDir(
        { "aws-ebs.json": { source: "x", as_of: "2020-01-01", regions: { "eu-west-1": { gp3: 9 } } } },
        "2020-01-01",
      ),
    ]);
    expect(older.catalog.regionalPrice("ebs", "eu-west-1", "gp3")?.price).toBe(0.088);
    expect(older.catalog.version).toBe(loadPriceCatalog().version);
  });

  it("ignores, with a warning, a cache file whose sha256 does not match its manifest", () => {
    const cache = cacheDir(
      { "aws-ec2.json": ec2({ "eu-west-1": { "m5.large": 0.1 } }) },
      "2026-12-01",
      (_n, text) => text.replace("0.1", "0.01"),
    );
    const { catalog, warnings } = withWarnings([dir, cache]);
    expect(catalog.machineHourly("aws-ec2", "eu-west-1", "m5.large")?.price).toBe(0.107);
    expect(warnings).toEqual([expect.stringMatching(/ignoring .*aws-ec2\.json: its sha256 does not match/)]);
  });

  it("ignores, with a warning, a cache file that fails validation anywhere, never half-using it", () => {
    const cache = cacheDir(
      { "aws-ec2.json": ec2({ "eu-west-1": { "m5.large": 0.1 }, "eu-west-2": { "m5.large": -1 } }) },
      "2026-12-01",
    );
    const { catalog, warnings } = withWarnings([dir, cache]);
    expect(catalog.machineHourly("aws-ec2", "eu-west-1", "m5.large")?.price).toBe(0.107);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/does not have the shape of aws-ec2\.json: prices\.eu-west-2\.m5\.large/);
  });

  it("ignores a cache with an invalid manifest, and has no cache without a manifest", () => {
    const bad = mkdtempSync(join(tmpdir(), "plagentic-cache-"));
    writeFileSync(join(bad, "manifest.json"), JSON.stringify({ format: 2, files: {} }));
    const { catalog, warnings } = withWarnings([dir, bad]);
    expect(catalog.machineHourly("aws-ec2", "eu-west-1", "m5.large")?.price).toBe(0.107);
    expect(warnings[0]).toMatch(/is not a valid manifest/);
    const none = withWarnings([dir, join(tmpdir(), "plagentic-no-such-cache")]);
    expect(none.warnings).toEqual([]);
    expect(none.catalog.version).toBe(loadPriceCatalog().version);
  });

  it("layers every regional file: RDS, EBS, Lambda, Azure VMs and GCP disks from a newer cache", () => {
    const cache = cacheDir(
      {
        "aws-rds.json": {
          source: "AWS Price List API",
          as_of: "2026-12-01",
          instances: { engines: { postgres: { "eu-west-1": { "db.t3.micro": { single_az: 0.5 } } } } },
          storage: { regions: { "eu-west-1": { gp3_single_az: 0.5 } } },
        },
        "azure-vm.json": {
          source: "Azure Retail Prices API",
          as_of: "2026-12-01",
          sizes: { Standard_B1s: { hourly: { westeurope: 0.5 } } },
        },
        "gcp-disk-network.json": {
          source: "Cloud Billing Catalog API",
          as_of: "2026-12-01",
          persistent_disk: { regions: { "europe-west1": { balanced: 0.5 } } },
          network: { regions: {} },
        },
      },
      "2026-12-01",
    );
    const { catalog, warnings } = withWarnings([dir, cache]);
    expect(catalog.regionalPrice("rds-instance", "eu-west-1", "postgres/db.t3.micro/single_az")?.price).toBe(
      0.5,
    );
    expect(catalog.regionalPrice("rds-storage", "eu-west-1", "gp3_single_az")?.price).toBe(0.5);
    expect(catalog.machineHourly("azure-vm", "West Europe", "Standard_B1s")?.source.source).toBe(
      "AWS Price List API (cache, fetched 2026-12-01)",
    );
    expect(catalog.regionalPrice("gcp-disk", "europe-west1", "balanced")?.price).toBe(0.5);
    expect(catalog.regionalPrice("gcp-network", "europe-west1", "external_ip_in_use_per_hour")?.price).toBe(
      0.005,
    );
    expect(warnings).toEqual([]);
  });

  it("reads a cache's price file only when it is newer for a file a price is needed from", () => {
    const cache = cacheDir(
      { "aws-ebs.json": { source: "x", as_of: "2026-12-01", regions: { "eu-west-1": { gp3: 9 } } } },
      "2026-12-01",
    );
    const { catalog, reads } = countingCatalog([dir, cache]);
    catalog.machineHourly("aws-ec2", "us-east-1", "t3.small");
    expect(reads).toEqual(["manifest.json", "manifest.json", PRICE_FILES["aws-ec2-us-east-1"]]);
    expect(catalog.regionalPrice("ebs", "eu-west-1", "gp3")?.price).toBe(9);
    expect(reads.at(-1)).toBe("aws-ebs.json");
  });
});
