import { describe, expect, it } from "vitest";
import { renderPlanMarkdown, renderPlanText } from "../../src/render/index.js";
import { budgetForecast } from "../../src/render/budget-line.js";
import { planFacts } from "../../src/plan/facts.js";
import { loadPlan } from "./plans.js";

const mixed = loadPlan("mixed"); // $105.12 a month after, every price known
const unknown = loadPlan("unknown-usage-fail"); // $11.50 after, one price unknown

describe("the budget forecast", () => {
  it("compares the total after the plan with the spec's budget", () => {
    expect(budgetForecast({ ...mixed, budget: { monthly: 500 } }).text).toBe(
      "After this change staging costs $105.12 a month of its $500.00 budget.",
    );
    expect(budgetForecast({ ...mixed, budget: { monthly: 105.12 } }).over).toBe(false);
    expect(budgetForecast({ ...mixed, budget: { monthly: 100 } })).toEqual({
      text: "⚠️ After this change staging costs $105.12 a month, $5.12 over its $100.00 budget.",
      over: true,
    });
  });

  it("says when the spec sets no budget, and when prices are unknown", () => {
    expect(budgetForecast(mixed).text).toBe(
      "After this change staging costs $105.12 a month; its spec sets no budget.",
    );
    expect(budgetForecast({ ...unknown, budget: { monthly: 10 } }).text).toBe(
      "⚠️ After this change staging costs at least $11.50 a month, $1.50 over its $10.00 budget " +
        "(1 unknown price is not counted).",
    );
  });

  it("is in the plan comment and the terminal plan", () => {
    const md = renderPlanMarkdown({ ...mixed, budget: { monthly: 100 } })[0]!;
    expect(md).toContain(
      "**⚠️ After this change `staging` costs $105.12 a month, $5.12 over its $100.00 budget.**",
    );
    expect(renderPlanMarkdown(mixed)[0]).toContain(
      "After this change `staging` costs $105.12 a month; its spec sets no budget.",
    );
    expect(renderPlanText({ ...mixed, budget: { monthly: 500 } }, { color: false })).toContain(
      "After this change staging costs $105.12 a month of its $500.00 budget.",
    );
  });
});

describe("the budget in a plan's facts", () => {
  it("is over, within, unknown (within over known prices, some unknown) or none", () => {
    expect(planFacts({ ...mixed, budget: { monthly: 100 } }).budget).toBe("over");
    expect(planFacts({ ...mixed, budget: { monthly: 105.12 } }).budget).toBe("within");
    expect(planFacts({ ...unknown, budget: { monthly: 100 } }).budget).toBe("unknown");
    expect(planFacts(mixed).budget).toBe("none");
  });
});
