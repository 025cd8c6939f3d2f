import { describe, expect, it } from "vitest";
import { evaluatePolicies, verdictOf } from "../../src/policy/evaluate.js";
import type { PolicyConfigInput } from "../../src/policy/config.js";
import type { Verdict } from "../../src/policy/model.js";
import { policyRules } from "../../src/policy/registry.js";
import { change, context, cost, creating, resource, spec } from "./context.js";

const openSsh = resource("aws_security_group.web", {
  ingress: [{ from_port: 22, to_port: 22, protocol: "tcp", cidr_blocks: ["0.0.0.0/0"] }],
});
/** What the default rules ask of an instance: IMDSv2 and an encrypted root volume. */
const hardened = {
  metadata_options: { http_tokens: "required" },
  root_block_device: { encrypted: true, volume_type: "gp3", volume_size: 8 },
};
const bigInstance = resource("aws_instance.web", { instance_type: "m5.24xlarge", ...hardened });
const smallInstance = resource("aws_instance.app", { instance_type: "t3.small", ...hardened });
const DEFAULT_RULES = [
  "database_deletion_protection",
  "encryption_at_rest",
  "imdsv2_required",
  "no_public_databases",
  "no_world_open_admin_ports",
  "protected_environments",
  "protected_resources",
];

describe("evaluatePolicies", () => {
  it("runs the default rules when nothing is configured, each passing once", () => {
    const report = evaluatePolicies(creating(smallInstance), {});
    expect(report.evaluated).toEqual(DEFAULT_RULES);
    expect(report.verdict).toBe("pass");
    expect(report.findings.map((f) => [f.rule, f.level])).toEqual(DEFAULT_RULES.map((r) => [r, "pass"]));
    expect(report.findings.every((f) => f.message.length > 0 && f.address === undefined)).toBe(true);
  });

  it("lists exactly the rules marked enabledByDefault as default", () => {
    expect(policyRules.filter((r) => r.enabledByDefault).map((r) => r.id)).toEqual(DEFAULT_RULES);
  });

  it("warns by default for the rules that are advice, and blocks once configured with level: fail", () => {
    const plain = resource("aws_instance.app", {
      instance_type: "t3.small",
      root_block_device: hardened.root_block_device,
    });
    const imds = (config: PolicyConfigInput) =>
      evaluatePolicies(creating(plain), config).findings.filter((f) => f.rule === "imdsv2_required");
    expect(imds({}).map((f) => f.level)).toEqual(["warn"]);
    expect(imds({ imdsv2_required: {} }).map((f) => f.level)).toEqual(["warn"]);
    expect(imds({ imdsv2_required: { level: "fail" } }).map((f) => f.level)).toEqual(["fail"]);
    expect(evaluatePolicies(creating(plain), {}).verdict).toBe("warn");
  });

  it("fails on a default rule without any config", () => {
    const report = evaluatePolicies(creating(openSsh), {});
    expect(report.verdict).toBe("fail");
    expect(report.findings.find((f) => f.rule === "no_world_open_admin_ports")).toMatchObject({
      level: "fail",
      address: "aws_security_group.web",
    });
  });

  it("switches a default rule off with enabled: false", () => {
    const report = evaluatePolicies(creating(openSsh), { no_world_open_admin_ports: { enabled: false } });
    expect(report.evaluated).not.toContain("no_world_open_admin_ports");
    expect(report.verdict).toBe("pass");
  });

  it("runs a configured rule, and not one left out", () => {
    const ctx = creating(bigInstance);
    expect(evaluatePolicies(ctx, {}).evaluated).not.toContain("allowed_instance_types");
    const report = evaluatePolicies(ctx, { allowed_instance_types: { allow: ["t3.*"] } });
    expect(report.evaluated).toContain("allowed_instance_types");
    expect(report.verdict).toBe("fail");
  });

  it("does not run a configured rule with enabled: false", () => {
    const report = evaluatePolicies(creating(bigInstance), {
      allowed_instance_types: { allow: ["t3.*"], enabled: false },
    });
    expect(report.evaluated).not.toContain("allowed_instance_types");
  });

  it.each<[string, PolicyConfigInput, Verdict]>([
    ["nothing wrong", { allowed_instance_types: { allow: ["*"] } }, "pass"],
    ["a warn-level violation", { allowed_instance_types: { allow: ["t3.*"], level: "warn" } }, "warn"],
    ["a fail-level violation", { allowed_instance_types: { allow: ["t3.*"] } }, "fail"],
    [
      "warn and fail together",
      { allowed_instance_types: { allow: ["t3.*"], level: "warn" }, required_tags: { tags: ["owner"] } },
      "fail",
    ],
    [
      "two warnings",
      {
        allowed_instance_types: { allow: ["t3.*"], level: "warn" },
        required_tags: { tags: ["owner"], level: "warn" },
      },
      "warn",
    ],
  ])("verdict for %s is %s", (_name, config, verdict) => {
    expect(evaluatePolicies(creating(bigInstance), config).verdict).toBe(verdict);
  });

  it("fails a cost limit on an unknown price, and warns with unknown_prices: warn or level: warn", () => {
    const ctx = context({
      cost: cost({
        monthlyAfter: 40,
        resources: [
          {
            address: "aws_instance.big",
            type: "aws_instance",
            monthlyBefore: 0,
            monthlyAfter: null,
            monthlyDelta: null,
            components: [],
          },
        ],
        unknown: [{ address: "aws_instance.big", component: "Instance usage", reason: "no price" }],
      }),
    });
    const levels = (config: PolicyConfigInput) =>
      evaluatePolicies(ctx, config)
        .findings.filter((f) => f.rule === "max_monthly_cost")
        .map((f) => f.level);
    expect(levels({ max_monthly_cost: { limit: 100 } })).toEqual(["fail"]);
    expect(levels({ max_monthly_cost: { limit: 100, unknown_prices: "warn" } })).toEqual(["warn"]);
    expect(levels({ max_monthly_cost: { limit: 100, level: "warn" } })).toEqual(["warn"]);
  });

  describe("environment filter", () => {
    const config: PolicyConfigInput = { max_monthly_cost: { limit: 10, environments: ["production"] } };
    const expensive = (environment: string) =>
      context({ spec: spec({ environment }), cost: cost({ monthlyAfter: 50 }) });

    it("runs the rule in a listed environment", () => {
      const report = evaluatePolicies(expensive("production"), config);
      expect(report.evaluated).toContain("max_monthly_cost");
      expect(report.verdict).toBe("fail");
    });

    it("skips it elsewhere, leaving it out of evaluated", () => {
      const report = evaluatePolicies(expensive("staging"), config);
      expect(report.evaluated).not.toContain("max_monthly_cost");
      expect(report.verdict).toBe("pass");
    });

    it("applies to default rules too", () => {
      const report = evaluatePolicies(creating(openSsh), {
        no_world_open_admin_ports: { environments: ["production"] },
      });
      expect(report.evaluated).not.toContain("no_world_open_admin_ports");
    });

    it("is not applied to protected_environments, whose environments list names protected ones", () => {
      const ctx = context({
        spec: spec({ environment: "staging", protected: true }),
        changes: [change("aws_instance.web", "delete")],
      });
      const report = evaluatePolicies(ctx, { protected_environments: { environments: ["production"] } });
      expect(report.evaluated).toContain("protected_environments");
      expect(report.findings.filter((f) => f.rule === "protected_environments")[0]?.level).toBe("fail");
    });
  });

  it("orders evaluated rules by id and findings by rule, then address", () => {
    const ctx = creating(
      resource("aws_instance.z", { instance_type: "m5.24xlarge", ...hardened }),
      resource("aws_instance.a", { instance_type: "m5.24xlarge", ...hardened }, { tags: { owner: "x" } }),
      resource("aws_instance.m", { instance_type: "t3.small", ...hardened }),
    );
    const report = evaluatePolicies(ctx, {
      required_tags: { tags: ["owner"] },
      allowed_instance_types: { allow: ["t3.*"] },
      allowed_regions: { regions: ["eu-west-1"] },
    });
    expect(report.evaluated).toEqual([
      "allowed_instance_types",
      "allowed_regions",
      ...DEFAULT_RULES,
      "required_tags",
    ]);
    expect(report.findings.map((f) => `${f.rule} ${f.address ?? "-"} ${f.level}`)).toEqual([
      "allowed_instance_types aws_instance.a fail",
      "allowed_instance_types aws_instance.z fail",
      "allowed_regions - fail",
      "database_deletion_protection - pass",
      "encryption_at_rest - pass",
      "imdsv2_required - pass",
      "no_public_databases - pass",
      "no_world_open_admin_ports - pass",
      "protected_environments - pass",
      "protected_resources - pass",
      "required_tags aws_instance.m fail",
      "required_tags aws_instance.z fail",
    ]);
  });

  it("gives the same report for the same input, whatever order rules appear in config", () => {
    const ctx = creating(openSsh, bigInstance);
    const a = evaluatePolicies(ctx, { required_tags: { tags: ["owner"] }, max_monthly_cost: { limit: 1 } });
    const b = evaluatePolicies(ctx, { max_monthly_cost: { limit: 1 }, required_tags: { tags: ["owner"] } });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it("rejects a config that was built in code with an unknown rule", () => {
    expect(() => evaluatePolicies(context(), { nope: {} } as unknown as PolicyConfigInput)).toThrow(/nope/);
  });

  it("fails a destroy of a protected environment once per resource", () => {
    const ctx = context({
      spec: spec({ environment: "production" }),
      changes: [change("aws_instance.b", "delete"), change("aws_instance.a", "delete")],
    });
    const report = evaluatePolicies(ctx, { protected_environments: { environments: ["production"] } });
    expect(report.findings.filter((f) => f.level === "fail").map((f) => f.address)).toEqual([
      "aws_instance.a",
      "aws_instance.b",
    ]);
  });
});

describe("verdictOf", () => {
  it.each<[Verdict[], Verdict]>([
    [[], "pass"],
    [["pass"], "pass"],
    [["pass", "warn"], "warn"],
    [["warn", "fail", "pass"], "fail"],
    [["fail"], "fail"],
  ])("%j → %s", (levels, verdict) => {
    expect(verdictOf(levels.map((level) => ({ level })))).toBe(verdict);
  });
});
