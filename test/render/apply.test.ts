import { describe, expect, it } from "vitest";
import type { ApplyResult } from "../../src/plan/model.js";
import { renderApplyMarkdown, renderApplyText } from "../../src/render/index.js";

const ok: ApplyResult = {
  environment: "staging",
  planHash: "5e1f0a8c3b2d4e6f7a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f",
  ok: true,
  results: [
    { address: "aws_security_group.web", action: "create", status: "created", id: "sg-0123" },
    { address: "aws_instance.web[0]", action: "create", status: "created", id: "i-0aaa" },
    { address: "aws_instance.api", action: "update", status: "updated", id: "i-0bbb" },
    { address: "aws_instance.worker", action: "replace", status: "replaced", id: "i-0ccc" },
    { address: "aws_instance.old", action: "delete", status: "deleted" },
  ],
};

const failed: ApplyResult = {
  environment: "staging",
  planHash: "c0ffee",
  ok: false,
  results: [
    { address: "aws_security_group.web", action: "create", status: "created", id: "sg-0123" },
    {
      address: "aws_instance.web[0]",
      action: "create",
      status: "failed",
      error: "InsufficientInstanceCapacity: no t3.small in us-east-1a | retry later",
    },
    { address: "aws_instance.old", action: "delete", status: "skipped" },
  ],
};

describe("renderApplyText", () => {
  it("prints one line per resource and Terraform's closing line, counting a replace as add and destroy", () => {
    expect(renderApplyText(ok, { color: false })).toBe(
      [
        "aws_security_group.web: Creation complete [id=sg-0123]",
        "aws_instance.web[0]: Creation complete [id=i-0aaa]",
        "aws_instance.api: Modifications complete [id=i-0bbb]",
        "aws_instance.worker: Replacement complete [id=i-0ccc]",
        "aws_instance.old: Destruction complete",
        "",
        "Apply complete! Resources: 3 added, 1 changed, 2 destroyed.",
        "",
      ].join("\n"),
    );
  });

  it("reports failures and what to do next", () => {
    const text = renderApplyText(failed, { color: false });
    expect(text).toContain(
      "aws_instance.web[0]: Creation failed: InsufficientInstanceCapacity: no t3.small in us-east-1a | retry later",
    );
    expect(text).toContain("aws_instance.old: Skipped (delete not attempted)");
    expect(text.trimEnd().split("\n").at(-1)).toBe(
      "Apply failed: 1 of 3 resources failed; run plan again to see what is left.",
    );
  });

  it("colours only when asked", () => {
    expect(renderApplyText(failed, { color: false })).not.toContain("\u001b");
    const coloured = renderApplyText(failed, { color: true });
    expect(coloured).toContain("\u001b[31m");
    expect(coloured).toContain("\u001b[32m");
  });
});

describe("renderApplyMarkdown", () => {
  it("has a row per resource and the outcome", () => {
    const md = renderApplyMarkdown(ok);
    expect(md).toContain("**Apply complete! Resources: 3 added, 1 changed, 2 destroyed.**");
    expect(md).toContain("| `aws_instance.worker` | replace | ✅ replaced | `i-0ccc` |");
    expect(md).toContain("| `aws_instance.old` | delete | ✅ deleted |  |");
    expect(md).toContain("plan `5e1f0a8c3b2d`");
  });

  it("shows the error of a failed resource, escaped for a table", () => {
    const md = renderApplyMarkdown(failed);
    expect(md).toContain(
      "| `aws_instance.web[0]` | create | ❌ failed | InsufficientInstanceCapacity: no t3.small in us-east-1a \\| retry later |",
    );
    expect(md).toContain("**Apply failed: 1 of 3 resources failed; run plan again to see what is left.**");
  });

  it("stays within one comment for a huge apply, keeping the failures", () => {
    const results: ApplyResult["results"] = Array.from({ length: 5000 }, (_, i) => ({
      address: `aws_instance.fleet[${i}]`,
      action: "create" as const,
      status: "created" as const,
      id: `i-${String(i).padStart(17, "0")}`,
    }));
    results[4321] = {
      address: "aws_instance.fleet[4321]",
      action: "create",
      status: "failed",
      error: "quota",
    };
    const md = renderApplyMarkdown({ environment: "staging", planHash: "abc", ok: false, results });
    expect(md.length).toBeLessThanOrEqual(65_536);
    expect(md).toContain("| `aws_instance.fleet[4321]` | create | ❌ failed | quota |");
    expect(md).toMatch(/\| _… and [\d,]+ more resources_ \|/);
  });
});
