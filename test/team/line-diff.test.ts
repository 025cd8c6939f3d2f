import { describe, expect, it } from "vitest";
import { unifiedDiff } from "../../src/team/line-diff.js";
import { modelPrice, UsageMeter, usageLine } from "../../src/team/usage.js";

const f = { fromFile: "environments/s.yaml", toFile: "environments/s.yaml" };

describe("unifiedDiff", () => {
  it("shows a changed line with three lines of context and correct hunk ranges", () => {
    const before = ["a", "b", "c", "d", "e", "f", "g", "h"].join("\n") + "\n";
    const after = before.replace("e\n", "E\n");
    expect(unifiedDiff(before, after, f)).toBe(
      [
        "--- a/environments/s.yaml",
        "+++ b/environments/s.yaml",
        "@@ -2,7 +2,7 @@",
        " b",
        " c",
        " d",
        "-e",
        "+E",
        " f",
        " g",
        " h",
        "",
      ].join("\n"),
    );
  });

  it("diffs a new file against /dev/null and returns nothing for equal texts", () => {
    expect(unifiedDiff(null, "x\ny\n", f)).toBe(
      "--- /dev/null\n+++ b/environments/s.yaml\n@@ -0,0 +1,2 @@\n+x\n+y\n",
    );
    expect(unifiedDiff("same\n", "same\n", f)).toBe("");
  });

  it("splits distant changes into separate hunks", () => {
    const lines = Array.from({ length: 20 }, (_, i) => `l${i}`);
    const after = lines.map((l) => (l === "l1" || l === "l18" ? l.toUpperCase() : l));
    const diff = unifiedDiff(lines.join("\n"), after.join("\n"), f);
    expect(diff.match(/^@@/gm)).toHaveLength(2);
    expect(diff).toContain("@@ -1,5 +1,5 @@");
    expect(diff).toContain("@@ -16,5 +16,5 @@");
  });
});

describe("usage", () => {
  it("prices known models from the API's token counts and reports unknown ones as unknown", () => {
    expect(modelPrice("gpt-4o-mini-2024-07-18")).toMatchObject({ input: 0.15, output: 0.6 });
    const m = new UsageMeter();
    m.record("gpt-4o", { input_tokens: 1000, output_tokens: 100 });
    expect(m.snapshot()).toEqual({
      modelCalls: 1,
      inputTokens: 1000,
      outputTokens: 100,
      estimatedCostUsd: 0.0035,
    });
    m.record("some-local-model", { input_tokens: 10, output_tokens: 1 });
    expect(m.snapshot().estimatedCostUsd).toBeNull();
    expect(usageLine(m.snapshot())).toContain("estimated cost unknown");
    const noUsage = new UsageMeter();
    noUsage.record("gpt-4o", undefined);
    expect(noUsage.snapshot().estimatedCostUsd).toBeNull();
  });
});
