import { describe, expect, it } from "vitest";
import { allowedRegions } from "../../src/policy/rules/allowed-regions.js";
import { context, spec } from "./context.js";

describe("allowed_regions", () => {
  it.each<[string, string[], boolean]>([
    ["us-east-1", ["us-east-1", "eu-west-1"], true],
    ["eu-west-1", ["us-east-1", "eu-west-1"], true],
    ["ap-south-1", ["us-east-1", "eu-west-1"], false],
    ["us-east-2", ["us-east-1"], false],
    ["eu-central-1", ["eu-*"], true],
    ["us-east-1", ["eu-*"], false],
    ["westeurope", ["West Europe"], true],
    ["West Europe", ["westeurope"], true],
    ["europe-west4", ["europe-west4"], true],
    ["", ["us-east-1"], false],
  ])("region %j with %j allowed: %s", (region, regions, allowed) => {
    const ctx = context({ spec: spec({ region }) });
    const findings = allowedRegions.evaluate(ctx, { regions });
    expect(findings.length === 0).toBe(allowed);
  });

  it("says which regions are allowed", () => {
    const ctx = context({ spec: spec({ region: "ap-south-1" }) });
    expect(allowedRegions.evaluate(ctx, { regions: ["us-east-1", "eu-west-1"] })).toEqual([
      {
        message: 'Region "ap-south-1" is not allowed; move the environment to one of: us-east-1, eu-west-1.',
      },
    ]);
  });

  it("needs at least one region", () => {
    expect(allowedRegions.options.safeParse({ regions: [] }).success).toBe(false);
    expect(allowedRegions.options.safeParse({}).success).toBe(false);
  });
});
