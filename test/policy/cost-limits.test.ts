import { describe, expect, it } from "vitest";
import { loadPriceCatalog } from "../../src/cost/catalog-loader.js";
import { estimateCost } from "../../src/cost/estimate.js";
import type { CostReport, PricedResource, ResourceCost } from "../../src/cost/model.js";
import { evaluatePolicies } from "../../src/policy/evaluate.js";
import { maxMonthlyCostDelta } from "../../src/policy/rules/max-monthly-cost-delta.js";
import { maxMonthlyCost } from "../../src/policy/rules/max-monthly-cost.js";
import { change, context, cost, creating, resource, spec } from "./context.js";

const maxCost = (limit: number, extra: object = {}) => maxMonthlyCost.options.parse({ limit, ...extra });
const maxDelta = (limit: number, extra: object = {}) =>
  maxMonthlyCostDelta.options.parse({ limit, ...extra });

/** A resource's line in the cost report; `null` figures are unknown prices. */
function priced(
  address: string,
  monthlyBefore: number | null,
  monthlyAfter: number | null,
  monthlyDelta: number | null = monthlyBefore !== null && monthlyAfter !== null
    ? monthlyAfter - monthlyBefore
    : null,
): ResourceCost {
  return { address, type: address.split(".")[0]!, monthlyBefore, monthlyAfter, monthlyDelta, components: [] };
}

const unknownOf = (...addresses: string[]): CostReport["unknown"] =>
  addresses.map((address) => ({ address, component: "Instance usage", reason: `no price for ${address}` }));

describe("max_monthly_cost", () => {
  it.each<[string, Partial<CostReport>, number, (string | undefined)[]]>([
    ["under the limit", { monthlyAfter: 120 }, 500, []],
    ["exactly the limit", { monthlyAfter: 500 }, 500, []],
    ["float noise at the limit", { monthlyAfter: 0.1 + 0.2 }, 0.3, []],
    ["a cent over", { monthlyAfter: 500.01 }, 500, [undefined]],
    ["over", { monthlyAfter: 812.4 }, 500, [undefined]],
    ["zero limit, free environment", { monthlyAfter: 0 }, 0, []],
    [
      "under, with an unknown price after the plan",
      { monthlyAfter: 120, resources: [priced("aws_instance.big", null, null)] },
      500,
      [undefined],
    ],
    [
      "over, with an unknown price",
      { monthlyAfter: 900, resources: [priced("aws_instance.big", null, null)] },
      500,
      [undefined, undefined],
    ],
    [
      "an unknown price only before the plan (the resource is deleted)",
      { monthlyAfter: 10, resources: [priced("aws_instance.old", null, 0)] },
      500,
      [],
    ],
    [
      "a usage-priced component without a price, which no total holds anyway",
      {
        monthlyAfter: 10,
        resources: [priced("aws_lambda_function.f", null, 0)],
        unknown: unknownOf("aws_lambda_function.f"),
      },
      500,
      [],
    ],
  ])("%s", (_name, report, limit, levels) => {
    const findings = maxMonthlyCost.evaluate(context({ cost: cost(report) }), maxCost(limit));
    expect(findings.map((f) => f.level)).toEqual(levels);
    for (const f of findings) expect(f.address).toBeUndefined();
  });

  it("says by how much and what to do", () => {
    const [finding] = maxMonthlyCost.evaluate(
      context({ cost: cost({ monthlyAfter: 1812.4 }) }),
      maxCost(500),
    );
    expect(finding?.message).toBe(
      "Estimated monthly cost $1,812.40 is over the $500.00 limit by $1,312.40; use smaller sizes or fewer instances, or have the limit raised in policies.max_monthly_cost.",
    );
  });

  it("names the unknown prices, the limit and the way out", () => {
    const report = cost({
      monthlyAfter: 10,
      resources: [priced("aws_db_instance.orders", null, null), priced("aws_vpc.main", 0, 0)],
      unknown: [
        {
          address: "aws_db_instance.orders",
          component: "Database instance",
          reason: "no price for db.x9.mega in us-east-1",
        },
      ],
    });
    const findings = maxMonthlyCost.evaluate(context({ cost: report }), maxCost(500));
    expect(findings).toEqual([
      {
        message:
          "Cannot check the $500.00 monthly limit: the price of aws_db_instance.orders is unknown (no price for db.x9.mega in us-east-1), so the estimated $10.00 a month leaves it out. Choose sizes and a region the price catalog covers, add the missing prices, or accept the risk with unknown_prices: warn in policies.max_monthly_cost.",
      },
    ]);
  });

  it("lists many unknown prices by name, a few at a time", () => {
    const addresses = Array.from(
      { length: 12 },
      (_, i) => `aws_lambda_function.f${String(i).padStart(2, "0")}`,
    );
    const report = cost({
      resources: addresses.map((a) => priced(a, null, null)),
      unknown: addresses.map((address) => ({
        address,
        component: "Requests",
        reason: "no price in catalog",
      })),
    });
    const [finding] = maxMonthlyCost.evaluate(context({ cost: report }), maxCost(500));
    expect(finding?.message).toMatch(
      /^Cannot check the \$500\.00 monthly limit: the prices of aws_lambda_function\.f00, .*aws_lambda_function\.f08 and 3 more are unknown \(no price in catalog\), so the estimated \$0\.00 a month leaves them out\./,
    );
  });

  it("warns instead with unknown_prices: warn, as before", () => {
    const report = cost({
      monthlyAfter: 10,
      resources: [priced("aws_db_instance.orders", null, null)],
      unknown: unknownOf("aws_db_instance.orders"),
    });
    const findings = maxMonthlyCost.evaluate(
      context({ cost: report }),
      maxCost(500, { unknown_prices: "warn" }),
    );
    expect(findings).toEqual([
      {
        level: "warn",
        message:
          "The estimated $10.00 a month may break the $500.00 monthly limit: the price of aws_db_instance.orders is unknown (no price for aws_db_instance.orders) and left out; check it before approving (unknown prices only warn because of unknown_prices: warn in policies.max_monthly_cost).",
      },
    ]);
  });

  it("validates its options: a non-negative limit and unknown_prices fail or warn, fail by default", () => {
    expect(maxMonthlyCost.options.safeParse({ limit: -1 }).success).toBe(false);
    expect(maxMonthlyCost.options.safeParse({}).success).toBe(false);
    expect(maxMonthlyCost.options.safeParse({ limit: "500" }).success).toBe(false);
    expect(maxCost(500).unknown_prices).toBe("fail");
    expect(maxCost(500, { unknown_prices: "warn" }).unknown_prices).toBe("warn");
    for (const bad of ["ignore", true, "WARN"]) {
      expect(maxMonthlyCost.options.safeParse({ limit: 1, unknown_prices: bad }).success).toBe(false);
    }
  });
});

describe("max_monthly_cost: the unpriced-region attack, through the real estimator", () => {
  // Twenty m5.24xlarge in a region the EC2 price data does not cover were applied under a $1,000
  // limit: their price was unknown, left out of the total, and the limit only warned.
  const catalog = loadPriceCatalog();
  const region = "ap-southeast-7";
  const big: PricedResource[] = Array.from({ length: 20 }, (_, i) => ({
    address: `aws_instance.big[${i}]`,
    type: "aws_instance",
    attributes: { instance_type: "m5.24xlarge", ami: "ami-0abcdef1234567890" },
    usage: {},
  }));
  const report = estimateCost({ region, before: [], after: big }, catalog);
  const ctx = {
    ...creating(...big.map((b) => resource(b.address, b.attributes))),
    spec: spec({ region }),
    cost: report,
  };

  it("is an estimate of $0.00 with twenty unknown prices", () => {
    expect(report.monthlyAfter).toBe(0);
    expect(report.resources.filter((r) => r.monthlyAfter === null)).toHaveLength(20);
  });

  it("now fails the limit, naming the resources and the limit", () => {
    const policy = evaluatePolicies(ctx, { max_monthly_cost: { limit: 1000 } });
    expect(policy.verdict).toBe("fail");
    const finding = policy.findings.find((f) => f.rule === "max_monthly_cost");
    expect(finding?.level).toBe("fail");
    expect(finding?.message).toMatch(
      /^Cannot check the \$1,000\.00 monthly limit: the prices of aws_instance\.big × 20 are unknown \(.*m5\.24xlarge.*\), so the estimated \$0\.00 a month leaves them out\./,
    );
  });

  it("fails max_monthly_cost_delta too", () => {
    const policy = evaluatePolicies(ctx, { max_monthly_cost_delta: { limit: 200 } });
    expect(policy.findings.find((f) => f.rule === "max_monthly_cost_delta")).toMatchObject({
      level: "fail",
      message: expect.stringMatching(
        /^Cannot check the \$200\.00 limit per change: the prices of aws_instance\.big × 20/,
      ),
    });
  });

  it("only warns once unknown_prices: warn accepts the risk", () => {
    const policy = evaluatePolicies(ctx, { max_monthly_cost: { limit: 1000, unknown_prices: "warn" } });
    expect(policy.verdict).toBe("warn");
  });

  it("passes the same instances where they are priced, under a high enough limit", () => {
    const priced = estimateCost({ region: "us-east-1", before: [], after: big }, catalog);
    expect(priced.unknown).toEqual([]);
    const policy = evaluatePolicies(
      { ...ctx, spec: spec(), cost: priced },
      { max_monthly_cost: { limit: 1e6 } },
    );
    expect(policy.findings.find((f) => f.rule === "max_monthly_cost")?.level).toBe("pass");
  });
});

describe("max_monthly_cost_delta", () => {
  it.each<[string, Partial<CostReport>, number, (string | undefined)[]]>([
    ["small increase", { monthlyDelta: 30 }, 100, []],
    ["at the limit", { monthlyDelta: 100 }, 100, []],
    ["over", { monthlyDelta: 100.5 }, 100, [undefined]],
    ["a saving", { monthlyDelta: -250 }, 100, []],
    ["a saving too small for a negative limit", { monthlyDelta: -5 }, -10, [undefined]],
  ])("%s", (_name, report, limit, levels) => {
    const findings = maxMonthlyCostDelta.evaluate(context({ cost: cost(report) }), maxDelta(limit));
    expect(findings.map((f) => f.level)).toEqual(levels);
  });

  it.each<[string, ReturnType<typeof change>, ResourceCost, boolean]>([
    [
      "a created resource without a price",
      change("aws_instance.new", "create"),
      priced("aws_instance.new", 0, null),
      true,
    ],
    [
      "an update from a price nobody knows",
      change("aws_instance.web", "update"),
      priced("aws_instance.web", null, 70),
      true,
    ],
    [
      "a replacement without a price",
      change("aws_instance.web", "replace"),
      priced("aws_instance.web", 10, null),
      true,
    ],
    [
      "a deletion of an unpriced resource, which can only save",
      change("aws_instance.old", "delete"),
      priced("aws_instance.old", null, 0),
      false,
    ],
    ["a priced update", change("aws_instance.web", "update"), priced("aws_instance.web", 10, 20), false],
  ])("%s fails closed: %s", (_name, planned, line, fails) => {
    const ctx = context({ changes: [planned], cost: cost({ resources: [line] }) });
    const findings = maxMonthlyCostDelta.evaluate(ctx, maxDelta(100));
    expect(findings.map((f) => f.level)).toEqual(fails ? [undefined] : []);
    if (fails) expect(findings[0]?.message).toContain(`the price of ${line.address} is unknown`);
  });

  it("leaves an unpriced resource that the plan does not change to max_monthly_cost", () => {
    const ctx = context({
      changes: [change("aws_instance.new", "create")],
      cost: cost({
        resources: [priced("aws_instance.legacy", null, null), priced("aws_instance.new", 0, 20)],
      }),
    });
    expect(maxMonthlyCostDelta.evaluate(ctx, maxDelta(100))).toEqual([]);
    expect(maxMonthlyCost.evaluate(ctx, maxCost(100)).map((f) => f.message)).toEqual([
      expect.stringContaining("aws_instance.legacy"),
    ]);
  });

  it("warns instead with unknown_prices: warn", () => {
    const ctx = context({
      changes: [change("aws_instance.new", "create")],
      cost: cost({ resources: [priced("aws_instance.new", 0, null)] }),
    });
    const [finding] = maxMonthlyCostDelta.evaluate(ctx, maxDelta(100, { unknown_prices: "warn" }));
    expect(finding).toMatchObject({
      level: "warn",
      message: expect.stringContaining("unknown_prices: warn in policies.max_monthly_cost_delta"),
    });
  });

  it("describes the increase and the way out", () => {
    const [finding] = maxMonthlyCostDelta.evaluate(
      context({ cost: cost({ monthlyDelta: 240 }) }),
      maxDelta(100),
    );
    expect(finding?.message).toBe(
      "This plan adds $240.00 a month, over the $100.00 limit per change; split it into smaller changes, use smaller sizes, or have the limit raised in policies.max_monthly_cost_delta.",
    );
  });

  it("describes a saving in its pass message", () => {
    const ctx = context({ cost: cost({ monthlyDelta: -12 }) });
    expect(maxMonthlyCostDelta.passMessage(ctx, maxDelta(100))).toBe(
      "This plan saves $12.00 a month, within the $100.00 limit per change.",
    );
  });
});
