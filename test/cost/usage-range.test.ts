import { describe, expect, it } from "vitest";
import { loadPriceCatalog } from "../../src/cost/catalog-loader.js";
import { estimateCost } from "../../src/cost/estimate.js";
import type { CostReport, PricedResource, ResourceCost } from "../../src/cost/model.js";
import { DEFAULT_USAGE_RANGES, describeUsage, usageRanges } from "../../src/cost/usage-ranges.js";
import { usageKeys, estimatorNames } from "../../src/cost/estimator-registry.js";
import type { Attributes } from "../../src/spec/model.js";
import { resource } from "./resources.js";

const catalog = loadPriceCatalog();

function cost(region: string, after: PricedResource[], before: PricedResource[] = []): CostReport {
  return estimateCost({ region, before, after }, catalog);
}

function one(
  address: string,
  region: string,
  attributes: Attributes = {},
  usage: Record<string, number> = {},
): { report: CostReport; r: ResourceCost } {
  const report = cost(region, [resource(address, attributes, usage)]);
  return { report, r: report.resources[0]! };
}

describe("usage ranges: the table", () => {
  it("has a typical range for every usage key an estimator reads", () => {
    const keys = new Set(estimatorNames().flatMap((n) => usageKeys(n)));
    for (const key of keys) {
      const typical = DEFAULT_USAGE_RANGES[key];
      expect(typical, key).toBeDefined();
      expect(typical!.low, key).toBeGreaterThan(0);
      expect(typical!.high, key).toBeGreaterThanOrEqual(typical!.low);
      expect(typical!.why, key).not.toBe("");
    }
  });

  it("describes figures the way people say them", () => {
    expect(describeUsage(DEFAULT_USAGE_RANGES.monthly_requests!)).toBe("1–5 million requests");
    expect(describeUsage(DEFAULT_USAGE_RANGES.average_duration_ms!)).toBe("100–500 ms average duration");
    expect(describeUsage(DEFAULT_USAGE_RANGES.monthly_data_processed_gb!)).toBe(
      "100–1,000 GB through the NAT gateway",
    );
    expect(describeUsage({ low: 2_500_000, high: 2_500_000, unit: "requests" })).toBe("2.5 million requests");
    expect(describeUsage({ low: 0.5, high: 1.25, unit: "LCUs" })).toBe("0.5–1.25 LCUs");
  });

  it("overrides keep the unit and order low and high", () => {
    const table = usageRanges({ monthly_requests: { low: 20_000_000, high: 10_000_000 } });
    expect(table.monthly_requests).toMatchObject({ low: 10_000_000, high: 20_000_000, unit: "requests" });
    expect(table.average_duration_ms).toBe(DEFAULT_USAGE_RANGES.average_duration_ms);
    expect(usageRanges({})).toBe(DEFAULT_USAGE_RANGES);
  });
});

describe("usage ranges: arithmetic", () => {
  it("Lambda without usage: requests and duration at 1M/100 ms and 5M/500 ms", () => {
    const { report, r } = one("aws_lambda_function.api", "us-east-1", { memory_size: 128 });
    // low: 1M × $0.20/1M + 1M × 0.1 s × 0.125 GB × $0.0000166667 = 0.20 + 0.2083
    // high: 5M × $0.20/1M + 5M × 0.5 s × 0.125 GB × $0.0000166667 = 1.00 + 5.2083
    expect(r.usageRange).toEqual({
      low: 0.4083,
      high: 6.2083,
      assumptions: [
        { key: "monthly_requests", low: 1_000_000, high: 5_000_000, unit: "requests" },
        { key: "average_duration_ms", low: 100, high: 500, unit: "ms average duration" },
      ],
      components: ["Requests", "Duration (x86_64)"],
    });
    expect(r.monthlyAfter).toBe(0);
    expect(report.monthlyAfter).toBe(0);
    expect(report.usageRange).toEqual({ low: 0.4083, high: 6.2083 });
    expect(report.monthlyAfterRange).toEqual({ low: 0.4083, high: 6.2083 });
    expect(report.usageBased.every((u) => u.inRange === true)).toBe(true);
  });

  it("Lambda memory scales the duration part", () => {
    const { r } = one("aws_lambda_function.api", "us-east-1", { memory_size: 1024 });
    // duration: 1M × 0.1 s × 1 GB and 5M × 0.5 s × 1 GB at $0.0000166667
    expect(r.usageRange?.low).toBeCloseTo(0.2 + 1.66667, 4);
    expect(r.usageRange?.high).toBeCloseTo(1 + 41.66675, 3);
  });

  it("keeps the figures the spec gives and assumes only the missing ones", () => {
    const { report, r } = one(
      "aws_lambda_function.api",
      "us-east-1",
      { memory_size: 128 },
      { monthly_requests: 2_000_000 },
    );
    // Requests are priced exactly ($0.40, in the total); duration at 2M × 0.1–0.5 s × 0.125 GB.
    expect(r.monthlyAfter).toBe(0.4);
    expect(r.usageRange).toEqual({
      low: 0.4167,
      high: 2.0833,
      assumptions: [{ key: "average_duration_ms", low: 100, high: 500, unit: "ms average duration" }],
      components: ["Duration (x86_64)"],
    });
    expect(report.monthlyAfterRange).toEqual({ low: 0.8167, high: 2.4833 });
  });

  it("given usage gives a single figure, no range", () => {
    const { report, r } = one(
      "aws_lambda_function.api",
      "us-east-1",
      { memory_size: 128 },
      { monthly_requests: 2_000_000, average_duration_ms: 300 },
    );
    expect(r.usageRange).toBeUndefined();
    expect(r.monthlyAfter).toBeCloseTo(0.4 + 2_000_000 * 0.3 * 0.125 * 0.0000166667, 4);
    expect(report.usageRange).toBeUndefined();
    expect(report.monthlyAfterRange).toBeUndefined();
    expect(report.usageBased).toEqual([]);
  });

  it("NAT gateway: the hourly charge is known, data processed ranges 100–1,000 GB", () => {
    const { report, r } = one("aws_nat_gateway.nat", "us-east-1");
    expect(r.monthlyAfter).toBe(32.85);
    expect(r.usageRange).toMatchObject({
      low: 4.5,
      high: 45,
      components: ["Data processed"],
      assumptions: [{ key: "monthly_data_processed_gb", low: 100, high: 1000 }],
    });
    expect(report.monthlyAfterRange).toEqual({ low: 37.35, high: 77.85 });
  });

  it("load balancer capacity units: 1–5 LCUs over 730 hours", () => {
    const { r } = one("aws_lb.web", "us-east-1", { load_balancer_type: "application" });
    expect(r.usageRange).toMatchObject({ low: 5.84, high: 29.2 });
  });

  it("Cloud Functions: invocations, CPU, memory and outbound data", () => {
    const { r } = one("google_cloudfunctions_function.fn", "us-central1", { available_memory_mb: 256 });
    // low: 1M × 0.1 s = 100,000 s: $0.40 + 100,000 × 0.4 GHz × $0.00001 + 100,000 × 0.25 GB ×
    // $0.0000025 + 1 GB × $0.12; high: 5M × 0.5 s = 2,500,000 s, 10 GB.
    expect(r.usageRange?.low).toBeCloseTo(0.4 + 0.4 + 0.0625 + 0.12, 4);
    expect(r.usageRange?.high).toBeCloseTo(2 + 10 + 1.5625 + 1.2, 4);
    expect(r.usageRange?.components).toEqual(["Invocations", "CPU", "Memory", "Outbound data transfer"]);
    expect(r.usageRange?.assumptions.map((a) => a.key)).toEqual([
      "monthly_requests",
      "average_duration_ms",
      "monthly_outbound_data_gb",
    ]);
  });

  it("Azure Functions: executions and execution time at 128–512 MB", () => {
    const { r } = one("azurerm_linux_function_app.fn", "eastus");
    // low: 1M × 0.1 s × 0.125 GB × $0.000016 + 1 × $0.20; high: 5M × 0.5 s × 0.5 GB × $0.000016 + 5 × $0.20
    expect(r.usageRange).toMatchObject({ low: 0.4, high: 21 });
    expect(r.usageRange?.assumptions.map((a) => a.key)).toEqual([
      "monthly_requests",
      "average_duration_ms",
      "average_memory_mb",
    ]);
  });

  it("config overrides move the range", () => {
    const report = estimateCost(
      {
        region: "us-east-1",
        before: [],
        after: [resource("aws_nat_gateway.nat")],
        usageRanges: usageRanges({ monthly_data_processed_gb: { low: 10, high: 20 } }),
      },
      catalog,
    );
    expect(report.resources[0]?.usageRange).toMatchObject({ low: 0.45, high: 0.9 });
  });

  it("adds resources' ranges up, on top of the known total", () => {
    const report = cost("us-east-1", [
      resource("aws_instance.web", { instance_type: "t3.small", ami: "ami-0abcdef1234567890" }),
      resource("aws_lambda_function.api", { memory_size: 128 }),
      resource("aws_nat_gateway.nat"),
    ]);
    expect(report.monthlyAfter).toBeCloseTo(0.0208 * 730 + 32.85, 4);
    expect(report.usageRange).toEqual({ low: 4.9083, high: 51.2083 });
    expect(report.monthlyAfterRange?.low).toBeCloseTo(report.monthlyAfter + 4.9083, 4);
    expect(report.monthlyAfterRange?.high).toBeCloseTo(report.monthlyAfter + 51.2083, 4);
  });

  it("ranges only the desired state: a deleted Lambda has none", () => {
    const fn = resource("aws_lambda_function.api", { memory_size: 128 });
    const report = cost("us-east-1", [], [fn]);
    expect(report.resources[0]?.usageRange).toBeUndefined();
    expect(report.usageRange).toBeUndefined();
  });
});

describe("usage ranges never hide an unknown", () => {
  it("a usage price the data lacks stays unknown: no range, listed as unknown", () => {
    // The Lambda price data has no il-central-1 (data/prices/README.md).
    const { report, r } = one("aws_lambda_function.api", "il-central-1");
    expect(r.usageRange).toBeUndefined();
    expect(report.usageRange).toBeUndefined();
    expect(report.unknown.map((u) => u.component)).toEqual(["Requests", "Duration (x86_64)"]);
  });

  it("a range leaves out a component whose price is unknown and names it", () => {
    // 384 MB has no 1st-gen CPU allocation, so CPU is unknown; the rest is ranged.
    const { report, r } = one("google_cloudfunctions_function.fn", "us-central1", {
      available_memory_mb: 384,
    });
    expect(r.usageRange?.components).toEqual(["Invocations", "Memory", "Outbound data transfer"]);
    expect(r.usageRange?.leavesOut).toEqual(["CPU"]);
    expect(report.unknown).toContainEqual(
      expect.objectContaining({ address: "google_cloudfunctions_function.fn", component: "CPU" }),
    );
    expect(report.usageBased.find((u) => u.component === "CPU")?.inRange).toBeUndefined();
  });

  it("an unknown fixed price keeps the resource unknown beside its range", () => {
    const report = cost("us-east-1", [
      resource("aws_instance.x", { instance_type: "t3.enormous", ami: "ami-0abcdef1234567890" }),
      resource("aws_lambda_function.api", { memory_size: 128 }),
    ]);
    expect(report.resources.find((r) => r.address === "aws_instance.x")?.monthlyAfter).toBeNull();
    expect(report.unknown).toHaveLength(1);
    // The range is the Lambda's alone; the unknown instance is neither $0 nor in it.
    expect(report.usageRange).toEqual({ low: 0.4083, high: 6.2083 });
  });

  it("Autopilot pod resources have no price and no usage key: still 'depends on usage'", () => {
    const { report, r } = one("google_container_cluster.gke", "us-central1", { enable_autopilot: true });
    expect(r.usageRange).toBeUndefined();
    expect(report.usageBased).toHaveLength(1);
    expect(report.usageBased[0]?.inRange).toBeUndefined();
  });
});
