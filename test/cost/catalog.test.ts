import { readFileSync } from "node:fs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPriceCatalog, PRICE_FILES } from "../../src/cost/catalog-loader.js";
import { packagePath } from "../../src/paths.js";

const dir = packagePath("data", "prices");

function countingCatalog() {
  const reads: string[] = [];
  const catalog = loadPriceCatalog(dir, (path) => {
    reads.push(basename(path));
    return readFileSync(path, "utf8");
  });
  return { catalog, reads };
}

describe("loadPriceCatalog", () => {
  const catalog = loadPriceCatalog();

  it("prices EC2 sizes in us-east-1 from the AWS file with its source and date", () => {
    const t3small = catalog.machineHourly("aws-ec2", "us-east-1", "t3.small");
    expect(t3small?.price).toBe(0.0208);
    expect(t3small?.source.asOf).toBe("2026-07-20T13:44:30Z");
    expect(t3small?.source.source).toContain("karpenter-provider-aws");
  });

  it("keeps the EC2 data to its one region: other regions are unknown", () => {
    expect(catalog.machineHourly("aws-ec2", "eu-west-1", "t3.small")).toBeUndefined();
    expect(catalog.hasMachineSize("aws-ec2", "t3.small")).toBe(true);
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

  it("prices Azure sizes by armRegionName or display name", () => {
    expect(catalog.machineHourly("azure-vm", "eastus", "Standard_B1s")?.price).toBe(0.0104);
    expect(catalog.machineHourly("azure-vm", "East US", "Standard_B1s")?.price).toBe(0.0104);
    expect(catalog.machineHourly("azure-vm", "eastus", "Standard_B1s")?.source.asOf).toBe(
      "2026-06-18T03:43:41Z",
    );
  });

  it("dates a size whose regions come from different generations by its region", () => {
    const eastus = catalog.machineHourly("azure-vm", "eastus", "Standard_D2as_v5");
    expect(eastus?.price).toBe(0.086);
    expect(eastus?.source.asOf).toBe("2025-06-03T21:16:07Z");
    expect(eastus?.source.source).toContain("30a2a7dc5ef0af29dea780fe9f2ac27a9100b950");
  });

  it("answers undefined, not 0, for sizes and regions not in the data", () => {
    expect(catalog.machineHourly("aws-ec2", "us-east-1", "t3.enormous")).toBeUndefined();
    expect(catalog.machineHourly("gcp-compute", "mars-north1", "e2-micro")).toBeUndefined();
    expect(catalog.machineHourly("azure-vm", "eastus", "constructor")).toBeUndefined();
    expect(catalog.hasMachineSize("azure-vm", "Standard_Z99")).toBe(false);
    expect(catalog.hasMachineSize("gcp-compute", "toString")).toBe(false);
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
    expect(rds?.source.source).toBe(
      "coroot/cloud-pricing branch gh-pages @ af03eada15b25d80863f2547ba281e71af9d5c91 data/cloud-pricing.json.gz",
    );
  });

  it("reads a file only when a price from it is needed, and only once", () => {
    const { catalog: lazy, reads } = countingCatalog();
    expect(reads).toEqual([]);
    lazy.machineHourly("aws-ec2", "us-east-1", "t3.small");
    lazy.machineHourly("aws-ec2", "us-east-1", "m5.large");
    lazy.hasMachineSize("aws-ec2", "t3.micro");
    expect(reads).toEqual([PRICE_FILES["aws-ec2"]]);
    lazy.managedPrices("aws", "eks");
    expect(reads).not.toContain(PRICE_FILES["gcp-compute"]);
    expect(reads).toEqual([PRICE_FILES["aws-ec2"], PRICE_FILES.managed]);
  });

  it("names the file when price data is malformed", () => {
    const broken = mkdtempSync(join(tmpdir(), "plagentic-prices-"));
    writeFileSync(join(broken, PRICE_FILES["aws-ec2"]), JSON.stringify({ region: "us-east-1", prices: [] }));
    const bad = loadPriceCatalog(broken);
    expect(() => bad.machineHourly("aws-ec2", "us-east-1", "t3.small")).toThrow(/aws-ec2-us-east-1\.json/);
    expect(() => bad.machineHourly("gcp-compute", "us-central1", "e2-micro")).toThrow(/gcp-compute\.json/);
  });
});
