/** Plan JSON is a user's file: bad, huge or deeply nested input is refused with the file and the field. */
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  MAX_PLAN_BYTES,
  MAX_PLAN_DEPTH,
  parseTerraformPlan,
  readTerraformPlanFile,
} from "../../src/terraform/index.js";
import { nestingDepth } from "../../src/terraform/plan-json.js";

const dir = mkdtempSync(join(tmpdir(), "plagentic-tfplan-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const change = (actions: unknown) => ({
  address: "aws_vpc.main",
  mode: "managed",
  type: "aws_vpc",
  name: "main",
  change: { actions, before: null, after: {} },
});

describe("reading plan JSON", () => {
  it.each([
    ["{", /^plan\.json: not valid JSON/],
    ["[]", /^plan\.json: expected a JSON object/],
    ['{"resource_changes": []}', /^plan\.json: format_version: missing/],
    [
      '{"format_version": "2.0"}',
      /^plan\.json: format_version: "2\.0" is not supported: Plagentic reads format 1\.x/,
    ],
    ['{"format_version": "1.0", "values": {}}', /^plan\.json: this is state, not a plan/],
    [
      JSON.stringify({ format_version: "1.2", resource_changes: [change(["create"]), change(["explode"])] }),
      /^plan\.json: resource_changes\[1\]\.change\.actions\[0\]: /,
    ],
    [
      JSON.stringify({ format_version: "1.2", resource_changes: [{ ...change(["create"]), mode: "weird" }] }),
      /^plan\.json: resource_changes\[0\]\.mode: /,
    ],
  ])("refuses %s", (text, message) => {
    expect(() => parseTerraformPlan(text, "plan.json")).toThrow(message);
  });

  it("refuses nesting deeper than the walks handle, before parsing", () => {
    const deep = `{"format_version":"1.0","x":${"[".repeat(100_000)}${"]".repeat(100_000)}}`;
    expect(() => parseTerraformPlan(deep, "deep.json")).toThrow(
      `deep.json: the plan JSON nests deeper than ${MAX_PLAN_DEPTH} levels`,
    );
    // Brackets inside strings are text, not nesting.
    expect(nestingDepth(`{"a": "${"[".repeat(500)}\\"["}`, MAX_PLAN_DEPTH)).toBe(1);
  });

  it("refuses a file over the size limit without reading it", async () => {
    const big = join(dir, "big.json");
    writeFileSync(big, "");
    truncateSync(big, MAX_PLAN_BYTES + 1);
    await expect(readTerraformPlanFile(big)).rejects.toThrow(
      /big\.json: the plan JSON is 52,428,801 bytes, over the limit/,
    );
    await expect(readTerraformPlanFile(join(dir, "absent.json"))).rejects.toThrow(
      /absent\.json: cannot read .*ENOENT/,
    );
    await expect(readTerraformPlanFile(dir)).rejects.toThrow(/not a regular file/);
  });
});
