import { describe, expect, it } from "vitest";
import { loadPriceCatalog } from "../../src/cost/catalog-loader.js";
import { estimateCost } from "../../src/cost/estimate.js";
import type { PricedResource } from "../../src/cost/model.js";
import { evaluatePolicies } from "../../src/policy/evaluate.js";
import { maxMonthlyCost } from "../../src/policy/rules/max-monthly-cost.js";
import { context, spec } from "./context.js";

const catalog = loadPriceCatalog();
const priced = (address: string, attributes = {}, usage: Record<string, number> = {}): PricedResource => ({
  address,
  type: address.split(".")[0]!,
  attributes,
  usage,
});
const costOf = (...after: PricedResource[]) =>
  estimateCost({ region: "us-east-1", before: [], after }, catalog);
const maxCost = (limit: number, extra: object = {}) => maxMonthlyCost.options.parse({ limit, ...extra });

// NAT gateway: $32.85 known + $4.50–$45.00 at 100–1,000 GB; Lambda (128 MB): $0.41–$6.21.
const nat = priced("aws_nat_gateway.nat");
const lambda = priced("aws_lambda_function.api", { memory_size: 128 });

describe("max_monthly_cost and usage ranges", () => {
  it("warns, naming the resource and the usage assumed, when only the high end crosses the limit", () => {
    const findings = maxMonthlyCost.evaluate(context({ cost: costOf(nat) }), maxCost(50));
    expect(findings).toEqual([
      {
        level: "warn",
        address: "aws_nat_gateway.nat",
        message:
          "At the high end of assumed usage the estimated monthly cost is $77.85, over the $50.00 limit (the known $32.85 is within it): aws_nat_gateway.nat ($4.50–$45.00 at 100–1,000 GB through the NAT gateway) has no usage: figures and is priced at typical usage. Give usage: figures to check the limit exactly; this only warns.",
      },
    ]);
  });

  it("only warns, even at level fail: the verdict is warn", () => {
    const report = evaluatePolicies(context({ spec: spec(), cost: costOf(nat, lambda) }), {
      max_monthly_cost: { limit: 50, level: "fail" },
    });
    expect(report.verdict).toBe("warn");
    const finding = report.findings.find((f) => f.rule === "max_monthly_cost");
    expect(finding?.level).toBe("warn");
    // Biggest first, both named.
    expect(finding?.message).toContain(
      "aws_nat_gateway.nat ($4.50–$45.00 at 100–1,000 GB through the NAT gateway) and aws_lambda_function.api ($0.41–$6.21 at 1–5 million requests, 100–500 ms average duration) have no usage: figures",
    );
    expect(finding?.address).toBeUndefined();
  });

  it("passes, saying the high end, when the whole range is within the limit", () => {
    const report = evaluatePolicies(context({ spec: spec(), cost: costOf(nat) }), {
      max_monthly_cost: { limit: 100 },
    });
    expect(report.verdict).toBe("pass");
    expect(report.findings.find((f) => f.rule === "max_monthly_cost")?.message).toBe(
      "Estimated monthly cost $32.85 is within the $100.00 limit, and so is $77.85 at the high end of assumed usage.",
    );
  });

  it("judges the known total as before: over it fails, with no extra warning", () => {
    const findings = maxMonthlyCost.evaluate(context({ cost: costOf(nat) }), maxCost(30));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.level).toBeUndefined();
    expect(findings[0]?.message).toMatch(/^Estimated monthly cost \$32\.85 is over the \$30\.00 limit/);
  });

  it("given usage is a price, not a range: no warning, judged exactly", () => {
    const busy = priced("aws_nat_gateway.nat", {}, { monthly_data_processed_gb: 1000 });
    expect(maxMonthlyCost.evaluate(context({ cost: costOf(busy) }), maxCost(100))).toEqual([]);
    expect(maxMonthlyCost.evaluate(context({ cost: costOf(busy) }), maxCost(50))[0]?.message).toMatch(
      /^Estimated monthly cost \$77\.85 is over the \$50\.00 limit/,
    );
  });

  it("an unknown price still fails the limit beside a range", () => {
    const big = priced("aws_instance.x", { instance_type: "t3.enormous", ami: "ami-0abcdef1234567890" });
    const findings = maxMonthlyCost.evaluate(context({ cost: costOf(big, nat) }), maxCost(50));
    expect(findings.map((f) => f.level)).toEqual(["warn", undefined]);
    expect(findings[1]?.message).toMatch(/^Cannot check the \$50\.00 monthly limit/);
  });
});
