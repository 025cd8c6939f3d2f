/**
 * Reading Terraform state: a real state file (format 4) and the real `terraform show -json` of the
 * same state (test/fixtures/terraform/state, made by generate.sh against moto) give the same
 * instances; malformed files are refused with the file, line and field.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseTerraformState } from "../../src/terraform/state.js";

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/terraform/state/${name}`, import.meta.url), "utf8");

describe("parseTerraformState", () => {
  it("reads a state file and show -json state output alike", () => {
    const v4 = parseTerraformState(fixture("terraform.tfstate"), "terraform.tfstate");
    const show = parseTerraformState(fixture("show-state.json"), "show-state.json");
    const summary = (list: typeof v4) =>
      list
        .map((i) => [i.address, i.mode, i.type, i.name, i.indexKey, i.provider, i.attributes["id"]])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(summary(v4)).toEqual(summary(show));
    expect(summary(v4).map((r) => r.slice(0, 5))).toEqual([
      ["aws_instance.web[0]", "managed", "aws_instance", "web", 0],
      ["aws_instance.web[1]", "managed", "aws_instance", "web", 1],
      ["aws_security_group.web", "managed", "aws_security_group", "web", undefined],
      ["aws_subnet.a", "managed", "aws_subnet", "a", undefined],
      ["aws_subnet.b", "managed", "aws_subnet", "b", undefined],
      ["aws_vpc.main", "managed", "aws_vpc", "main", undefined],
      ["data.aws_availability_zones.here", "data", "aws_availability_zones", "here", undefined],
    ]);
    expect(v4[0]!.provider).toBe("registry.terraform.io/hashicorp/aws");
  });

  it("keeps module and for_each addresses", () => {
    const state = JSON.stringify({
      version: 4,
      resources: [
        {
          module: "module.net",
          mode: "managed",
          type: "aws_subnet",
          name: "a",
          provider: 'module.net.provider["registry.terraform.io/hashicorp/aws"]',
          instances: [{ index_key: "x", attributes: { id: "subnet-1" } }],
        },
      ],
    });
    const [i] = parseTerraformState(state, "s.tfstate");
    expect([i!.address, i!.module, i!.indexKey]).toEqual(['module.net.aws_subnet.a["x"]', "module.net", "x"]);
  });

  it.each([
    ["not JSON", '{\n  "version": 4,\n  oops\n}', /^s\.json:3:3: not valid JSON/],
    [
      "an older format",
      '{\n  "version": 3,\n  "resources": []\n}',
      /^s\.json:2:14: version: only state format version 4/,
    ],
    [
      "a bad mode",
      '{"version": 4,\n "resources": [\n  {"mode": "weird", "type": "t", "name": "n", "provider": "p", "instances": []}]}',
      /^s\.json:3:12: resources\[0\]\.mode: /,
    ],
    ["no state at all", "[1, 2]", /^s\.json:1:1: expected a Terraform state/],
    [
      "a plan instead of a state",
      '{"format_version": "1.2", "planned_values": {}, "resource_changes": []}',
      /this is a plan/,
    ],
    [
      "a show output of another format",
      '{"format_version": "2.0"}',
      /format_version: expected format_version 1\.x/,
    ],
  ])("refuses %s with the file, line and field", (_name, text, message) => {
    expect(() => parseTerraformState(text, "s.json")).toThrow(message);
  });

  it("refuses modules nested without end", () => {
    let m: object = { resources: [] };
    for (let i = 0; i < 40; i++) m = { address: `module.m${i}`, child_modules: [m] };
    const text = JSON.stringify({ format_version: "1.0", values: { root_module: m } });
    expect(() => parseTerraformState(text, "deep.json")).toThrow(/modules nested deeper than 32/);
  });
});

describe("parseTerraformState on hostile depth", () => {
  it("refuses 100,000 nested modules without overflowing the stack", () => {
    const depth = 100_000;
    const text =
      '{"format_version": "1.0", "values": {"root_module": ' +
      '{"child_modules": ['.repeat(depth) +
      "{}" +
      "]}".repeat(depth) +
      "}}";
    expect(() => parseTerraformState(text, "deep.json")).toThrow(/deep\.json.*modules nested deeper than 32/);
  });
});
