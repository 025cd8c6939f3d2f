import { describe, expect, it } from "vitest";
import type { DriftReport } from "../../src/plan/model.js";
import { renderDriftMarkdown, renderDriftText } from "../../src/render/index.js";

const clean: DriftReport = { environment: "staging", provider: "aws", checked: 4, items: [] };

const drifted: DriftReport = {
  environment: "staging",
  provider: "aws",
  checked: 5,
  items: [
    {
      address: "aws_instance.web[0]",
      type: "aws_instance",
      kind: "changed",
      id: "i-0abc",
      differences: [
        { attribute: "instance_type", expected: "t3.small", actual: "t3.large" },
        { attribute: "tags", expected: { team: "payments" }, actual: { team: "growth" } },
      ],
    },
    { address: "aws_s3_bucket.logs", type: "aws_s3_bucket", kind: "missing", differences: [] },
    { address: "aws_instance.stray", type: "aws_instance", kind: "unmanaged", id: "i-0xyz", differences: [] },
  ],
};

describe("renderDriftText", () => {
  it("says when nothing drifted", () => {
    expect(renderDriftText(clean, { color: false })).toBe("No drift: 4 resources match the spec.\n");
  });

  it("lists each drifted resource with expected -> actual", () => {
    const text = renderDriftText(drifted, { color: false });
    expect(text).toContain("Drift in staging (aws): 3 resources differ from the spec (5 checked).");
    expect(text).toContain("  aws_instance.web[0] (i-0abc): changed outside Plagentic\n");
    expect(text).toContain('      instance_type: "t3.small" -> "t3.large"\n');
    expect(text).toContain('      tags: { team = "payments" } -> { team = "growth" }\n');
    expect(text).toContain("  aws_s3_bucket.logs: missing: in the spec but not in the cloud\n");
    expect(text).toContain(
      "  aws_instance.stray (i-0xyz): unmanaged: tagged for this environment but not in the spec\n",
    );
    expect(text).toContain("plagentic plan staging");
  });

  it("colours only when asked", () => {
    expect(renderDriftText(drifted, { color: false })).not.toContain("\u001b");
    expect(renderDriftText(drifted, { color: true })).toContain("\u001b[33m");
  });
});

describe("renderDriftMarkdown", () => {
  it("says when nothing drifted", () => {
    expect(renderDriftMarkdown(clean)).toContain("No drift: 4 resources match the spec.");
  });

  it("lists each drifted resource", () => {
    const md = renderDriftMarkdown(drifted);
    expect(md).toContain("### Plagentic drift: `staging`");
    expect(md).toContain("- `aws_instance.web[0]` (`i-0abc`): changed outside Plagentic");
    expect(md).toContain('  - instance_type: "t3.small" -&gt; "t3.large"');
    expect(md).toContain("- `aws_s3_bucket.logs`: missing: in the spec but not in the cloud");
    expect(md).toContain("- `aws_instance.stray` (`i-0xyz`): unmanaged");
    expect(md).toContain("`/plagentic plan staging`");
  });

  it("stays within one comment when thousands of resources drifted", () => {
    const items = Array.from({ length: 5000 }, (_, i) => ({
      address: `aws_instance.fleet[${i}]`,
      type: "aws_instance",
      kind: "changed" as const,
      id: `i-${i}`,
      differences: [{ attribute: "instance_type", expected: "t3.small", actual: "t3.large" }],
    }));
    const md = renderDriftMarkdown({ environment: "staging", provider: "aws", checked: 5000, items });
    expect(md.length).toBeLessThanOrEqual(65_536);
    expect(md).toMatch(/- _… and [\d,]+ more drifted resources_/);
    expect(md).toContain("`/plagentic plan staging`");
  });
});
