import { describe, expect, it } from "vitest";
import type { CostReport } from "../../src/cost/model.js";
import { maxMonthlyCostDelta } from "../../src/policy/rules/max-monthly-cost-delta.js";
import { maxMonthlyCost } from "../../src/policy/rules/max-monthly-cost.js";
import { context, cost } from "./context.js";

const unknown = (n: number): CostReport["unknown"] =>
  Array.from({ length: n }, (_, i) => ({
    address: `aws_lambda_function.f${i}`,
    component: "Requests",
    reason: "no price in catalog",
  }));

describe("max_monthly_cost", () => {
  it.each<[string, Partial<CostReport>, number, (string | undefined)[]]>([
    ["under the limit", { monthlyAfter: 120 }, 500, []],
    ["exactly the limit", { monthlyAfter: 500 }, 500, []],
    ["float noise at the limit", { monthlyAfter: 0.1 + 0.2 }, 0.3, []],
    ["a cent over", { monthlyAfter: 500.01 }, 500, [undefined]],
    ["over", { monthlyAfter: 812.4 }, 500, [undefined]],
    ["zero limit, free environment", { monthlyAfter: 0 }, 0, []],
    ["under, with unknown prices", { monthlyAfter: 120, unknown: unknown(2) }, 500, ["warn"]],
    ["over, with unknown prices", { monthlyAfter: 900, unknown: unknown(1) }, 500, [undefined, "warn"]],
  ])("%s", (_name, report, limit, levels) => {
    const findings = maxMonthlyCost.evaluate(context({ cost: cost(report) }), { limit });
    expect(findings.map((f) => f.level)).toEqual(levels);
    for (const f of findings) expect(f.address).toBeUndefined();
  });

  it("says by how much and what to do", () => {
    const [finding] = maxMonthlyCost.evaluate(context({ cost: cost({ monthlyAfter: 1812.4 }) }), {
      limit: 500,
    });
    expect(finding?.message).toBe(
      "Estimated monthly cost $1,812.40 is over the $500.00 limit by $1,312.40; use smaller sizes or fewer instances, or have the limit raised in policies.max_monthly_cost.",
    );
  });

  it("counts unknown prices and names a few of their resources", () => {
    const findings = maxMonthlyCost.evaluate(
      context({ cost: cost({ monthlyAfter: 10, unknown: unknown(5) }) }),
      {
        limit: 500,
      },
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toBe(
      "The monthly total of $10.00 excludes 5 unknown prices (aws_lambda_function.f0, aws_lambda_function.f1, aws_lambda_function.f2 and 2 more), so it may be higher; check those prices before approving.",
    );
  });

  it("rejects a negative or missing limit", () => {
    expect(maxMonthlyCost.options.safeParse({ limit: -1 }).success).toBe(false);
    expect(maxMonthlyCost.options.safeParse({}).success).toBe(false);
    expect(maxMonthlyCost.options.safeParse({ limit: "500" }).success).toBe(false);
  });
});

describe("max_monthly_cost_delta", () => {
  it.each<[string, Partial<CostReport>, number, (string | undefined)[]]>([
    ["small increase", { monthlyDelta: 30 }, 100, []],
    ["at the limit", { monthlyDelta: 100 }, 100, []],
    ["over", { monthlyDelta: 100.5 }, 100, [undefined]],
    ["a saving", { monthlyDelta: -250 }, 100, []],
    ["a saving too small for a negative limit", { monthlyDelta: -5 }, -10, [undefined]],
    ["unknown prices", { monthlyDelta: 10, unknown: unknown(1) }, 100, ["warn"]],
  ])("%s", (_name, report, limit, levels) => {
    const findings = maxMonthlyCostDelta.evaluate(context({ cost: cost(report) }), { limit });
    expect(findings.map((f) => f.level)).toEqual(levels);
  });

  it("describes the increase and the way out", () => {
    const [finding] = maxMonthlyCostDelta.evaluate(context({ cost: cost({ monthlyDelta: 240 }) }), {
      limit: 100,
    });
    expect(finding?.message).toBe(
      "This plan adds $240.00 a month, over the $100.00 limit per change; split it into smaller changes, use smaller sizes, or have the limit raised in policies.max_monthly_cost_delta.",
    );
  });

  it("describes a saving in its pass message", () => {
    const ctx = context({ cost: cost({ monthlyDelta: -12 }) });
    expect(maxMonthlyCostDelta.passMessage(ctx, { limit: 100 })).toBe(
      "This plan saves $12.00 a month, within the $100.00 limit per change.",
    );
  });
});
