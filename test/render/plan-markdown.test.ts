import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/plan/model.js";
import {
  FOLD_DIFF_LINES,
  GITHUB_COMMENT_LIMIT,
  MAX_COMMENT_PARTS,
  renderPlanMarkdown,
  renderPlanText,
} from "../../src/render/index.js";
import { bigPlan, loadPlan } from "./plans.js";

/** GitHub's own limit, written out so that a wrong constant in the source cannot pass. */
const GITHUB_MAX = 65_536;
const MARKER = "<!-- plagentic:plan:staging -->";
const NEXT = "Approve this PR or comment `/plagentic apply staging`.";

/** The lines inside the ```diff blocks of the given parts, in order. */
function diffBody(parts: string[]): string[] {
  const lines: string[] = [];
  for (const part of parts) {
    const m = /```diff\n([\s\S]*?)\n```/.exec(part);
    if (m) lines.push(...m[1]!.split("\n"));
  }
  return lines;
}

/** What the whole diff would be, taken from a single-part rendering with no limit. */
function fullDiff(plan: Plan): string[] {
  return diffBody(renderPlanMarkdown(plan, { limit: Number.MAX_SAFE_INTEGER }));
}

it("exports GitHub's comment limit and the part cap", () => {
  expect(GITHUB_COMMENT_LIMIT).toBe(GITHUB_MAX);
  expect(MAX_COMMENT_PARTS).toBe(10);
});

describe("renderPlanMarkdown, one comment", () => {
  const plan = loadPlan("mixed");
  const parts = renderPlanMarkdown(plan, { marker: MARKER, nextStep: NEXT });
  const md = parts[0]!;

  it("fits one comment and starts with the marker", () => {
    expect(parts).toHaveLength(1);
    expect(md.length).toBeLessThanOrEqual(GITHUB_MAX);
    expect(md.split("\n")[0]).toBe(MARKER);
  });

  it("wraps a bare marker in an HTML comment", () => {
    const [first] = renderPlanMarkdown(plan, { marker: "plagentic:plan:staging" });
    expect(first!.split("\n")[0]).toBe(MARKER);
  });

  it("has a heading and the one-line summary", () => {
    expect(md).toContain("### Plagentic plan for `staging`\n");
    expect(md).toContain(
      "**staging** · Plan: 3 to add, 1 to change, 2 to destroy · +$59.57/month · policy: pass\n",
    );
    const titled = renderPlanMarkdown(plan, { title: "Plan for staging from #12" })[0]!;
    expect(titled.startsWith("### Plan for staging from #12\n")).toBe(true);
  });

  it("puts the diff in a diff block GitHub colours, folded when long", () => {
    const body = diffBody(parts);
    expect(body.length).toBeGreaterThan(FOLD_DIFF_LINES);
    expect(md).toContain("<details><summary>Show plan diff (");
    expect(body).toContain('+ resource "aws_instance" "web" {');
    expect(body).toContain('!     instance_type     = "t3.small" -> "t3.large"');
    expect(body).toContain('! resource "aws_instance" "worker" {');
    expect(body).toContain('-     instance_type = "t3.micro" -> null');
    expect(body).toContain("  # aws_instance.worker must be replaced");
    // closing brackets of an added value are coloured with it
    expect(body).toContain("+     }");
    for (const line of body) expect(line === "" || /^[+\-! ]/.test(line)).toBe(true);
  });

  it("leaves a short diff open", () => {
    const small = { ...plan, changes: plan.changes.slice(3, 4) };
    const out = renderPlanMarkdown(small)[0]!;
    expect(out).toContain("```diff\n");
    expect(out).not.toContain("<details>");
  });

  it("has a cost table with totals and price sources", () => {
    expect(md).toContain("| Resource | Before | After | Delta |");
    expect(md).toContain("| `aws_instance.api` | $15.18 | $60.74 | +$45.56 |");
    expect(md).toContain("| `aws_instance.web[0]` | - | $15.18 | +$15.18 |");
    expect(md).toContain("| **Total** | **$45.55** | **$105.12** | **+$59.57** |");
    expect(md).toContain("Prices: AWS Price List API (EC2 on-demand, Linux) (as of 2025-06-01)");
  });

  it("ends with the next step", () => {
    expect(md.trimEnd().endsWith(NEXT)).toBe(true);
    expect(md.indexOf("#### Policy")).toBeLessThan(md.indexOf(NEXT));
  });

  it("says so when nothing changes", () => {
    const out = renderPlanMarkdown(loadPlan("no-changes"))[0]!;
    expect(out).toContain("**production** · No changes · no cost change · policy: pass");
    expect(out).toContain("No changes. Your infrastructure matches the configuration.");
    expect(out).not.toContain("```diff");
    expect(out).toContain("| **Total** | **$1,147.75** | **$1,147.75** | **$0.00** |");
  });
});

describe("renderPlanMarkdown, unknown prices, usage and a policy failure", () => {
  const md = renderPlanMarkdown(loadPlan("unknown-usage-fail"), { nextStep: NEXT })[0]!;

  it("counts unknown prices in the summary instead of hiding them", () => {
    expect(md).toContain(
      "**staging** · Plan: 2 to add, 0 to change, 0 to destroy · +$11.50/month (+ 1 unknown) · policy: fail",
    );
    expect(md).toContain("| `aws_db_instance.main` | - | unknown | unknown |");
    expect(md).toContain(
      "- unknown: aws_db_instance.main Database instance (db.x9.mega): no price for db.x9.mega in us-east-1",
    );
    expect(md).toContain(
      "- depends on usage: $0.20 per 1M requests (aws_lambda_function.thumbnails Requests)",
    );
  });

  it("shows the failing verdict and each finding, escaped", () => {
    expect(md).toContain("#### Policy: ❌ FAIL");
    expect(md).toContain(
      "- ❌ **fail** `allowed-instance-types` `aws_db_instance.main`: db.x9.mega is not an allowed size &lt;script&gt;\\|x\\| &#64;ops",
    );
    expect(md).toContain("- ⚠️ **warn** `required-tags` `aws_lambda_function.thumbnails`: missing tag team");
    expect(md.indexOf("**fail**")).toBeLessThan(md.indexOf("**warn**"));
    expect(md).not.toContain("<script>");
  });

  it("warns that apply is blocked by unsupported types", () => {
    expect(md).toContain("> Cannot apply: the aws provider cannot apply aws_lambda_function.");
  });
});

describe("renderPlanMarkdown, plans too long for one comment", () => {
  const plan = bigPlan(900);
  const parts = renderPlanMarkdown(plan, { marker: MARKER, nextStep: NEXT });

  it("splits into parts, each within the limit and each with the marker", () => {
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.length).toBeLessThanOrEqual(10);
    parts.forEach((part, i) => {
      expect(part.length).toBeLessThanOrEqual(GITHUB_MAX);
      expect(part.split("\n")[0]).toBe(MARKER);
      expect(part).toContain(`(part ${i + 1} of ${parts.length})`);
    });
  });

  it("keeps the summary, the cost totals and the verdict in the first part", () => {
    const first = parts[0]!;
    expect(first).toContain(
      "**staging** · Plan: 0 to add, 900 to change, 0 to destroy · +$41,004.00/month · policy: warn",
    );
    expect(first).toContain("| **Total** | **$13,662.00** | **$54,666.00** | **+$41,004.00** |");
    expect(first).toContain("#### Policy: ⚠️ WARN");
    expect(first).toMatch(/\| _… and [\d,]+ more changed resources_ \| \| \| \|/);
    expect(first).toMatch(/- _… and [\d,]+ more findings_/);
    for (const part of parts.slice(1)) expect(part).not.toContain("#### Policy");
  });

  it("puts the next step at the end of the last part only", () => {
    expect(parts.at(-1)!.trimEnd().endsWith(NEXT)).toBe(true);
    for (const part of parts.slice(0, -1)) expect(part).not.toContain(NEXT);
  });

  it("never cuts a line: the parts' diffs join back into the whole diff", () => {
    expect(diffBody(parts)).toEqual(fullDiff(plan));
  });

  it("keeps every diff line in a diff block that opens and closes within its part", () => {
    for (const part of parts) {
      const fences = part.split("\n").filter((l) => l.startsWith("```"));
      expect(fences).toEqual(["```diff", "```"]);
    }
  });
});

describe("renderPlanMarkdown, plans too long for ten comments", () => {
  const plan = bigPlan(5000, 200);
  const parts = renderPlanMarkdown(plan, { marker: MARKER, nextStep: NEXT });

  it("stops at ten parts, each within the limit", () => {
    expect(parts).toHaveLength(10);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(GITHUB_MAX);
      expect(part.startsWith(`${MARKER}\n`)).toBe(true);
    }
  });

  it("says how many resources were left out and how to see the full plan", () => {
    const shown = diffBody(parts);
    const all = fullDiff(plan);
    expect(shown.length).toBeLessThan(all.length);
    expect(shown).toEqual(all.slice(0, shown.length));
    // A resource counts as shown when its closing brace is.
    const whole = shown.filter((l) => l === "  }").length;
    const note = `_${(5000 - whole).toLocaleString("en-US")} more resource changes not shown in full`;
    expect(parts.at(-1)).toContain(note);
    expect(parts.at(-1)).toContain("Run `plagentic plan staging` locally to see the full plan.");
    for (const part of parts.slice(0, -1)) expect(part).not.toContain("not shown in full");
  });

  it("still leads with the summary, totals and verdict", () => {
    const first = parts[0]!;
    expect(first).toContain("Plan: 0 to add, 5000 to change, 0 to destroy");
    expect(first).toContain("| **Total** |");
    expect(first).toContain("#### Policy: ⚠️ WARN");
  });
});

describe("renderPlanMarkdown, odd content", () => {
  it("shortens a single enormous value instead of breaking the limit", () => {
    const plan = bigPlan(1, 200_000);
    const parts = renderPlanMarkdown(plan);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(GITHUB_MAX);
    expect(parts.join("")).toContain("more characters)");
    // the terminal shows it whole
    expect(renderPlanText(plan, { color: false })).toContain("x".repeat(199_000));
  });

  it("uses a longer fence when a value contains backticks", () => {
    const plan = bigPlan(1);
    plan.changes[0]!.after!.attributes.user_data = "```\nrm -rf /\n```";
    const md = renderPlanMarkdown(plan)[0]!;
    expect(md).toContain("````diff\n");
    expect(md).toContain('"```\\nrm -rf /\\n```"');
  });

  it("respects a smaller limit", () => {
    const parts = renderPlanMarkdown(bigPlan(60), { limit: 12_000, marker: "m" });
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(12_000);
  });
});

describe("--verbose", () => {
  it("shows a long diff open instead of folded", async () => {
    const { renderPlanMarkdown: render } = await import("../../src/render/plan-markdown.js");
    const { bigPlan: big } = await import("./plans.js");
    const plan = big(30);
    expect(render(plan, {})[0]).toContain("<details><summary>");
    const open = render(plan, { unfolded: true })[0]!;
    expect(open).not.toContain("<details><summary>");
    expect(open).toContain("```diff");
  });
});
