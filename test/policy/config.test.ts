import { describe, expect, it } from "vitest";
import { policyConfigSchema } from "../../src/policy/config.js";

function issues(input: unknown) {
  const result = policyConfigSchema.safeParse(input);
  expect(result.success).toBe(false);
  return result.error?.issues ?? [];
}

describe("policyConfigSchema", () => {
  it("accepts every rule with its options and the common settings", () => {
    const parsed = policyConfigSchema.parse({
      allowed_regions: { regions: ["us-east-1"], environments: ["production"] },
      allowed_instance_types: { allow: ["t3.*"], level: "warn" },
      max_monthly_cost: { limit: 500 },
      max_monthly_cost_delta: { limit: 100, enabled: false },
      required_tags: { tags: ["owner"] },
      no_world_open_admin_ports: { ports: [22] },
      protected_resources: {},
      protected_environments: { environments: ["production"] },
    });
    expect(parsed.max_monthly_cost).toEqual({ limit: 500, level: "fail", unknown_prices: "fail" });
    expect(parsed.allowed_instance_types?.level).toBe("warn");
    expect(parsed.allowed_regions?.environments).toEqual(["production"]);
    expect(parsed.protected_environments).toEqual({ level: "fail", environments: ["production"] });
  });

  it("accepts an empty section and fills option defaults", () => {
    expect(policyConfigSchema.parse({})).toEqual({});
    expect(policyConfigSchema.parse({ no_world_open_admin_ports: { level: "warn" } })).toEqual({
      no_world_open_admin_ports: {
        level: "warn",
        ports: [22, 3389, 3306, 5432, 1433, 1521, 27017, 6379, 9200, 5984],
        world_fraction: 0.01,
      },
    });
  });

  it("defaults level to the rule's own default level", () => {
    expect(policyConfigSchema.parse({ imdsv2_required: {} }).imdsv2_required).toEqual({ level: "warn" });
    expect(
      policyConfigSchema.parse({ database_deletion_protection: {} }).database_deletion_protection,
    ).toEqual({
      level: "warn",
    });
    expect(policyConfigSchema.parse({ encryption_at_rest: {} }).encryption_at_rest).toEqual({
      level: "fail",
      undeclared: "warn",
    });
    expect(policyConfigSchema.parse({ imdsv2_required: { level: "fail" } }).imdsv2_required?.level).toBe(
      "fail",
    );
  });

  it("lets a default rule be switched off without options", () => {
    expect(
      policyConfigSchema.parse({ protected_resources: { enabled: false } }).protected_resources?.enabled,
    ).toBe(false);
  });

  it("rejects an unknown rule id, naming it and the valid ids", () => {
    const [issue] = issues({ max_monthly_costs: { limit: 5 } });
    expect(issue?.code).toBe("unrecognized_keys");
    expect(issue?.path).toEqual([]);
    expect(issue?.code === "unrecognized_keys" ? issue.keys : []).toEqual(["max_monthly_costs"]);
    expect(issue?.message).toContain('unknown policy rule "max_monthly_costs"');
    expect(issue?.message).toContain("max_monthly_cost, max_monthly_cost_delta");
  });

  it("rejects an unknown option with the rule's path", () => {
    const [issue] = issues({ max_monthly_cost: { limit: 5, limt: 6 } });
    expect(issue?.code).toBe("unrecognized_keys");
    expect(issue?.path).toEqual(["max_monthly_cost"]);
    expect(issue?.code === "unrecognized_keys" ? issue.keys : []).toEqual(["limt"]);
    expect(issue?.message).toBe(
      'unknown option "limt" for max_monthly_cost; valid options: enabled, environments, level, limit, unknown_prices',
    );
  });

  it.each<[string, unknown, (string | number)[]]>([
    ["missing required option", { allowed_regions: {} }, ["allowed_regions", "regions"]],
    ["wrong option type", { max_monthly_cost: { limit: "500" } }, ["max_monthly_cost", "limit"]],
    [
      "unknown_prices neither fail nor warn",
      { max_monthly_cost_delta: { limit: 5, unknown_prices: "ignore" } },
      ["max_monthly_cost_delta", "unknown_prices"],
    ],
    ["bad level", { required_tags: { tags: ["a"], level: "error" } }, ["required_tags", "level"]],
    [
      "enabled not a boolean",
      { protected_resources: { enabled: "yes" } },
      ["protected_resources", "enabled"],
    ],
    [
      "environments not a list",
      { max_monthly_cost: { limit: 1, environments: "prod" } },
      ["max_monthly_cost", "environments"],
    ],
    [
      "bad port",
      { no_world_open_admin_ports: { ports: [22, 70000] } },
      ["no_world_open_admin_ports", "ports", 1],
    ],
    ["rule entry not a mapping", { protected_resources: true }, ["protected_resources"]],
    ["section not a mapping", ["max_monthly_cost"], []],
  ])("reports %s at its path", (_name, input, path) => {
    expect(issues(input)[0]?.path).toEqual(path);
  });
});
