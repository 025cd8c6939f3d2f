/**
 * Renderers on plans far larger than any comment: a 100,000-change plan once crashed the Markdown
 * renderer with "Maximum call stack size exceeded" (hole 5 of the adversarial review). Output
 * stays bounded and always keeps the summary, the cost total and the policy verdict.
 */
import { describe, expect, it } from "vitest";
import type { ApplyResult, DriftReport, Plan } from "../../src/plan/model.js";
import {
  GITHUB_COMMENT_LIMIT,
  MAX_COMMENT_PARTS,
  renderApplyMarkdown,
  renderApplyText,
  renderDriftMarkdown,
  renderPlanMarkdown,
  renderPlanText,
} from "../../src/render/index.js";
import { code } from "../../src/render/markdown.js";
import { TEXT_DIFF_LINES } from "../../src/render/plan-text.js";
import { bigPlan } from "./plans.js";

const CHANGES = 100_000;

describe("a plan of 100,000 changes", () => {
  const plan = bigPlan(CHANGES);
  const summary = "Plan: 0 to add, 100000 to change, 0 to destroy";

  it("renders as at most ten comments within GitHub's limit, led by the summary, total and verdict", () => {
    const parts = renderPlanMarkdown(plan, { marker: "<!-- m -->", nextStep: "Approve this PR." });
    expect(parts.length).toBeLessThanOrEqual(MAX_COMMENT_PARTS);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    const first = parts[0]!;
    expect(first).toContain(`**staging** · ${summary} · +$4,556,000.00/month · policy: warn`);
    expect(first).toContain("| **Total** | **$1,518,000.00** | **$6,074,000.00** | **+$4,556,000.00** |");
    expect(first).toContain("#### Policy: ⚠️ WARN");
    expect(parts.at(-1)).toMatch(
      /_[\d,]+ more resource changes not shown in full: the plan does not fit in 10 comments/,
    );
    expect(parts.at(-1)!.trimEnd().endsWith("Approve this PR.")).toBe(true);
  });

  it("can be held to fewer parts", () => {
    const parts = renderPlanMarkdown(plan, { maxParts: 2 });
    expect(parts).toHaveLength(2);
    expect(parts[1]).toContain("not fit in 2 comments");
  });

  it("prints a bounded terminal text that keeps the summary, the total and the verdict", () => {
    const text = renderPlanText(plan, { color: false });
    expect(text.split("\n").length).toBeLessThan(TEXT_DIFF_LINES + 20_000);
    expect(text).toContain(`${summary}.`);
    expect(text).toMatch(/\n {2}Total +\$1,518,000\.00 +\$6,074,000\.00 +\+\$4,556,000\.00\n/);
    expect(text).toContain("Policy: WARN");
    expect(text).toMatch(
      /… [\d,]+ more resource changes not shown in full \(the diff stops at 50,000 lines\)/,
    );
    expect(text).toContain("… and 95,000 more changed resources");
    expect(text).toContain("… and 95,000 more findings");
  });

  it("shows everything in the terminal when the caps allow it", () => {
    const small = bigPlan(30);
    const text = renderPlanText(small, { color: false, maxDiffLines: 1_000_000 });
    expect(text).not.toContain("not shown in full");
    expect(text).not.toContain("… and");
  });
});

describe("values too large to spread into a call", () => {
  function oneChange(after: Record<string, unknown>): Plan {
    const plan = bigPlan(1);
    plan.changes[0] = {
      ...plan.changes[0]!,
      action: "create",
      before: null,
      after: { attributes: after as never, tags: {} },
    };
    return plan;
  }

  it("renders a list of 200,000 elements", () => {
    const plan = oneChange({ cidr_blocks: Array.from({ length: 200_000 }, (_, i) => `10.${i}.0.0/16`) });
    const parts = renderPlanMarkdown(plan);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(renderPlanText(plan, { color: false })).toContain("1 more resource change not shown in full");
  });

  it("renders a list diff of 200,000 elements each side", () => {
    const plan = bigPlan(1);
    const list = (tag: string) => Array.from({ length: 200_000 }, (_, i) => `${tag}-${i}`);
    plan.changes[0]!.before!.attributes["security_groups"] = list("old");
    plan.changes[0]!.after!.attributes["security_groups"] = list("new");
    expect(() => renderPlanMarkdown(plan)).not.toThrow();
  });

  it("renders a map of 200,000 keys", () => {
    const tags = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`key-${i}`, "v"]));
    expect(() => renderPlanMarkdown(oneChange({ tags_all: tags }))).not.toThrow();
  });

  it("quotes text with 200,000 runs of backticks", () => {
    expect(code("`a".repeat(200_000))).toMatch(/^``/);
  });
});

describe("apply results and drift of 100,000 resources", () => {
  const result: ApplyResult = {
    environment: "staging",
    planHash: "a".repeat(64),
    ok: false,
    results: Array.from({ length: CHANGES }, (_, i) => ({
      address: `aws_instance.fleet[${i}]`,
      action: "update" as const,
      status: i === 99_999 ? ("failed" as const) : ("updated" as const),
      ...(i === 99_999 && { error: "boom ".repeat(10_000) }),
    })),
  };

  it("fits one comment, keeps the outcome and lists the failure first", () => {
    const md = renderApplyMarkdown(result);
    expect(md.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(md).toContain(
      "**Apply failed: 1 of 100000 resources failed; run plan again to see what is left.**",
    );
    expect(md).toContain("| `aws_instance.fleet[99999]` | update | ❌ failed | boom boom");
    expect(md).toMatch(/\| _… and [\d,]+ more resources_ \| \| \| \|/);
  });

  it("prints every result in the terminal", () => {
    expect(renderApplyText(result, { color: false }).split("\n").length).toBeGreaterThan(CHANGES);
  });

  it("renders drift within one comment", () => {
    const report: DriftReport = {
      environment: "staging",
      provider: "sandbox",
      checked: CHANGES,
      items: Array.from({ length: CHANGES }, (_, i) => ({
        address: `aws_instance.fleet[${i}]`,
        type: "aws_instance",
        kind: "changed" as const,
        differences: [{ attribute: "instance_type", expected: "t3.small", actual: "t3.large" }],
      })),
    };
    const md = renderDriftMarkdown(report);
    expect(md.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(md).toContain("100,000 resources differ from the spec");
    expect(md).toMatch(/- _… and [\d,]+ more drifted resources_/);
  });
});
