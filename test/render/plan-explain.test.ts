import { describe, expect, it } from "vitest";
import { explainPlan } from "../../src/render/plan-explain.js";
import { loadPlan } from "./plans.js";

describe("explainPlan", () => {
  it("says what each change does, why, at what cost and with what policy verdict", () => {
    const { overview, changes } = explainPlan(loadPlan("mixed"));
    expect(overview[1]).toMatch(/^Plan: \d+ to add, \d+ to change, \d+ to destroy\.$/);
    expect(overview).toContain("Policy verdict: pass.");
    const byAddress = new Map(changes.map((c) => [c.address, c.explanation]));
    expect(byAddress.get("aws_instance.api")).toMatch(
      /^aws_instance\.api \(aws_instance\) is updated in place; because instance_type, root_block_device, tags differ from the live resource; monthly cost [+-]?\$[\d.,]+; policy raises nothing\.$/,
    );
    expect(byAddress.get("aws_instance.worker")).toMatch(
      /is replaced \(deleted and created again\); because ami cannot change in place;/,
    );
    expect(byAddress.get("aws_instance.old")).toMatch(
      /^aws_instance\.old \(aws_instance\) is deleted; monthly cost -\$/,
    );
  });

  it("names policy failures and what the provider cannot apply", () => {
    const { overview, changes } = explainPlan(loadPlan("unknown-usage-fail"));
    expect(overview).toContain("Policy verdict: fail.");
    expect(overview.join("\n")).toContain("cannot apply aws_lambda_function");
    const lambda = changes.find((c) => c.address === "aws_lambda_function.thumbnails")!;
    expect(lambda.explanation).toContain("cannot apply it yet");
  });

  it("says so when nothing changes", () => {
    const { overview, changes } = explainPlan(loadPlan("no-changes"));
    expect(changes).toEqual([]);
    expect(overview[1]).toBe("No changes. Your infrastructure matches the configuration.");
  });
});
