import { describe, expect, it } from "vitest";
import type { UsageRange } from "../../src/cost/model.js";
import type { Plan } from "../../src/plan/model.js";
import { renderPlanMarkdown } from "../../src/render/plan-markdown.js";
import { renderPlanText } from "../../src/render/plan-text.js";
import { bigPlan, loadPlan } from "./plans.js";

const LAMBDA_RANGE: UsageRange = {
  low: 0.4083,
  high: 6.2083,
  assumptions: [
    { key: "monthly_requests", low: 1_000_000, high: 5_000_000, unit: "requests" },
    { key: "average_duration_ms", low: 100, high: 500, unit: "ms average duration" },
  ],
  components: ["Requests", "Duration"],
};

/** The unknown-usage-fail fixture as a plan made with usage ranges would carry it. */
function rangedPlan(): Plan {
  const plan = structuredClone(loadPlan("unknown-usage-fail"));
  const lambda = plan.cost.resources.find((r) => r.address === "aws_lambda_function.thumbnails")!;
  lambda.usageRange = LAMBDA_RANGE;
  for (const u of plan.cost.usageBased) u.inRange = true;
  plan.cost.usageRange = { low: 0.4083, high: 6.2083 };
  plan.cost.monthlyAfterRange = { low: 11.9083, high: 17.7083 };
  return plan;
}

const LINE =
  "usage-based: aws_lambda_function.thumbnails $0.41–$6.21/month at 1–5 million requests, " +
  "100–500 ms average duration (assumed; add usage: figures for an exact price, see README)";
const TOTAL =
  "Total: $11.50/month known + $0.41–$6.21 usage-based ($11.91–$17.71/month at assumed usage, without 1 unknown price)";

describe("usage ranges in the terminal text", () => {
  const out = renderPlanText(rangedPlan(), { color: false });

  it("shows the range per resource with its assumptions, and the total beside the known one", () => {
    expect(out).toContain(LINE);
    expect(out).toContain(TOTAL);
    // The table's totals are the known figures only.
    expect(out).toMatch(/Total +\$0\.00 +\$11\.50 +\+\$11\.50/);
  });

  it("no longer says 'depends on usage' for what the range prices; unknowns stay unknown", () => {
    expect(out).not.toContain("depends on usage");
    expect(out).toContain("unknown: aws_db_instance.main Database instance (db.x9.mega)");
    expect(out).toContain("Totals leave out 1 unknown price");
  });

  it("names a component the range leaves out, and keeps its 'depends on usage' line", () => {
    const plan = rangedPlan();
    plan.cost.resources.find((r) => r.usageRange)!.usageRange = {
      ...LAMBDA_RANGE,
      components: ["Requests"],
      leavesOut: ["Duration"],
    };
    plan.cost.usageBased[1]!.inRange = undefined;
    const text = renderPlanText(plan, { color: false });
    expect(text).toContain(
      "(assumed; add usage: figures for an exact price, see README; leaves out Duration (unknown price))",
    );
    expect(text).toContain(
      "depends on usage: $0.0000166667 per GB-second (aws_lambda_function.thumbnails Duration)",
    );
  });

  it("a plan without ranges (given usage, or an older plan) prints as before", () => {
    const old = renderPlanText(loadPlan("unknown-usage-fail"), { color: false });
    expect(old).not.toContain("usage-based:");
    expect(old).not.toContain("known +");
    expect(old).toContain(
      "depends on usage: $0.20 per 1M requests (aws_lambda_function.thumbnails Requests)",
    );
  });

  it("caps range lines on a large plan", () => {
    const plan = bigPlan(2_000);
    for (const r of plan.cost.resources) r.usageRange = LAMBDA_RANGE;
    plan.cost.usageRange = { low: 816.6, high: 12_416.6 };
    plan.cost.monthlyAfterRange = {
      low: plan.cost.monthlyAfter + 816.6,
      high: plan.cost.monthlyAfter + 12_416.6,
    };
    const text = renderPlanText(plan, { color: false, maxRows: 10 });
    expect(text.split("\n").filter((l) => l.includes("usage-based: aws_instance.fleet"))).toHaveLength(10);
    expect(text).toContain("… and 1,990 more usage-based resources");
    expect(text).toContain("known + $816.60–$12,416.60 usage-based");
  });
});

describe("usage ranges in the Markdown comment", () => {
  const md = renderPlanMarkdown(rangedPlan())[0]!;

  it("shows the total line under the table and the range as a note", () => {
    expect(md).toContain(`**${TOTAL}**`);
    expect(md).toContain(`- ${LINE}`);
    expect(md).not.toContain("depends on usage");
    expect(md).toContain("| **Total** | **$0.00** | **$11.50** | **+$11.50** |");
  });

  it("keeps the notes within the comment on a large plan", () => {
    const plan = bigPlan(5_000);
    for (const r of plan.cost.resources) r.usageRange = LAMBDA_RANGE;
    plan.cost.usageRange = { low: 2041.5, high: 31_041.5 };
    plan.cost.monthlyAfterRange = { low: 1, high: 2 };
    const parts = renderPlanMarkdown(plan);
    const first = parts[0]!;
    expect(first.length).toBeLessThanOrEqual(65_536);
    expect(first).toMatch(/- _… and [\d,]+ more note; see `plagentic plan --json`_|more notes; see/);
    expect(first).toContain("known + $2,041.50–$31,041.50 usage-based");
  });
});
