import { describe, expect, it } from "vitest";
import { valuesAtPath } from "../../src/policy/attributes.js";
import { matchesAnyGlob } from "../../src/policy/glob.js";
import { parsePorts } from "../../src/policy/ingress.js";
import { formatUsd } from "../../src/cost/money.js";
import type { Attributes } from "../../src/spec/model.js";

describe("matchesAnyGlob", () => {
  it.each([
    ["t3.small", ["t3.*"], true],
    ["t3a.small", ["t3.*"], false],
    ["m5.large", ["m5.large"], true],
    ["m5.xlarge", ["m5.large"], false],
    ["Standard_B2s", ["Standard_B*"], true],
    ["standard_b2s", ["Standard_B*"], true],
    ["Standard_D2s_v5", ["Standard_B*"], false],
    ["e2-medium", ["e2-*"], true],
    ["n2-standard-4", ["e2-*"], false],
    ["t3xsmall", ["t3.*"], false],
    ["t3.small", ["t3.?mall"], true],
    ["db.t3.micro", ["t3.*"], false],
    ["anything", ["*"], true],
    ["a(b)", ["a(b)"], true],
    ["t3.small", [], false],
  ])("%s against %j is %s", (value, patterns, expected) => {
    expect(matchesAnyGlob(value, patterns)).toBe(expected);
  });
});

describe("parsePorts", () => {
  it.each([
    ["22", [{ from: 22, to: 22 }]],
    [" 22 ", [{ from: 22, to: 22 }]],
    ["1000-2000", [{ from: 1000, to: 2000 }]],
    ["2000 - 1000", [{ from: 1000, to: 2000 }]],
    ["*", [{ from: 0, to: 65535 }]],
    [
      "22,3389",
      [
        { from: 22, to: 22 },
        { from: 3389, to: 3389 },
      ],
    ],
    [
      "80, 8000-9000",
      [
        { from: 80, to: 80 },
        { from: 8000, to: 9000 },
      ],
    ],
    ["0-99999", [{ from: 0, to: 65535 }]],
    ["ssh", []],
    ["", []],
  ])("%j", (text, expected) => {
    expect(parsePorts(text)).toEqual(expected);
  });
});

describe("valuesAtPath", () => {
  it("follows a dotted path and fans out over lists", () => {
    const attributes: Attributes = {
      default_node_pool: { vm_size: "Standard_B2s" },
      node_pools: [{ size: "a" }, { size: "b" }, { other: 1 }],
      flat: "x",
    };
    expect(valuesAtPath(attributes, "default_node_pool.vm_size")).toEqual(["Standard_B2s"]);
    expect(valuesAtPath(attributes, "node_pools.size")).toEqual(["a", "b"]);
    expect(valuesAtPath(attributes, "flat")).toEqual(["x"]);
    expect(valuesAtPath(attributes, "missing.deeper")).toEqual([]);
    expect(valuesAtPath(attributes, "flat.deeper")).toEqual([]);
  });

  it("spreads a list found at the end of the path", () => {
    expect(valuesAtPath({ instance_types: ["t3.small", "m5.large"] }, "instance_types")).toEqual([
      "t3.small",
      "m5.large",
    ]);
  });
});

describe("formatUsd", () => {
  it.each([
    [0, "$0.00"],
    [12.5, "$12.50"],
    [1234.567, "$1,234.57"],
    [-30, "-$30.00"],
    [-0.001, "$0.00"],
  ])("%d → %s", (amount, expected) => {
    expect(formatUsd(amount)).toBe(expected);
  });
});
