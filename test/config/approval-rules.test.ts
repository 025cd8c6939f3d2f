import { describe, expect, it } from "vitest";
import { describeRequirement, matchApprovalRule, type PlanFacts } from "../../src/config/approval-rules.js";
import { parseConfig } from "../../src/config/loader.js";
import { requirementForRecord } from "../../src/github/approval-requirement.js";
import { decodeRecord, MAX_RECORD_LENGTH, stickyHeader, type PlanRecord } from "../../src/github/markers.js";
import { fromRecordFacts, toRecordFacts } from "../../src/github/plan-facts-record.js";

const config = parseConfig(
  [
    "approvals:",
    "  required: 1",
    "  environments:",
    "    production: { required: 2, teams: [sre] }",
    "  rules:",
    "    - name: prod destroy",
    "      when: { environment: production, destroy_or_replace: true }",
    "      require: { permission: maintain }",
    "    - name: big spend",
    "      when: { monthly_cost_delta_over: 500 }",
    "      require: { approvals: 2, teams: [platform] }",
    "    - name: databases",
    "      when: { resource_type: [aws_db_instance, google_sql_database_instance] }",
    "      require: { approvals: 3 }",
  ].join("\n"),
  "/proj/config.yaml",
  {},
  { dirExists: () => true },
);

const facts = (over: Partial<PlanFacts> = {}): PlanFacts => ({
  monthlyDelta: 5,
  pricesUnknown: false,
  destroys: false,
  types: ["aws_instance"],
  typesCut: false,
  budget: "none",
  ...over,
});

describe("matchApprovalRule", () => {
  it.each<[string, string, Partial<PlanFacts>, object, string | null, RegExp]>([
    [
      "a $5 change falls back to approvals.required",
      "staging",
      {},
      { required: 1, permission: "write", teams: [] },
      null,
      /^no rule matches; `approvals.required` applies$/,
    ],
    [
      "a delta over the threshold matches big spend",
      "staging",
      { monthlyDelta: 612.4 },
      { required: 2, permission: "write", teams: ["platform"] },
      "big spend",
      /^rule `big spend`: the plan adds \$612\.40 a month, over \$500\.00$/,
    ],
    [
      "a delta of exactly the threshold does not",
      "staging",
      { monthlyDelta: 500 },
      { required: 1, permission: "write", teams: [] },
      null,
      /no rule matches/,
    ],
    [
      "unknown prices may hide a delta over it, so they match",
      "staging",
      { monthlyDelta: 12, pricesUnknown: true },
      { required: 2, permission: "write", teams: ["platform"] },
      "big spend",
      /plus prices nobody knows, maybe over \$500\.00/,
    ],
    [
      "a destroy in production takes the first rule, the rest from the environment",
      "production",
      { monthlyDelta: 900, destroys: true },
      { required: 2, permission: "maintain", teams: ["sre"] },
      "prod destroy",
      /^rule `prod destroy`: the environment is `production` and the plan destroys or replaces a resource$/,
    ],
    [
      "the same destroy elsewhere does not match it",
      "staging",
      { destroys: true },
      { required: 1, permission: "write", teams: [] },
      null,
      /no rule matches/,
    ],
    [
      "production without a rule uses its own settings",
      "production",
      {},
      { required: 2, permission: "write", teams: ["sre"] },
      null,
      /`approvals.environments.production` applies/,
    ],
    [
      "a resource type in the list matches",
      "staging",
      { types: ["aws_db_instance", "aws_vpc"] },
      { required: 3, permission: "write", teams: [] },
      "databases",
      /the plan changes `aws_db_instance`/,
    ],
    [
      "a cut type list is assumed to hold a listed type",
      "staging",
      { types: ["aws_vpc"], typesCut: true },
      { required: 3, permission: "write", teams: [] },
      "databases",
      /more resource types than were recorded/,
    ],
  ])("%s", (_name, env, over, requirement, rule, why) => {
    const match = matchApprovalRule(config, env, facts(over));
    expect(match.requirement).toEqual(requirement);
    expect(match.rule).toBe(rule);
    expect(match.why).toMatch(why);
  });

  it("over_budget matches a plan over its budget, or maybe over it, and names the reason", () => {
    const budgets = parseConfig(
      "approvals:\n  rules:\n    - { name: over, when: { over_budget: true }, require: { approvals: 2 } }\n" +
        "    - { name: under, when: { over_budget: false }, require: { approvals: 0 } }\n",
      "/p/config.yaml",
      {},
      { dirExists: () => true },
    );
    const whyOf = (budget: PlanFacts["budget"]) => matchApprovalRule(budgets, "dev", facts({ budget })).why;
    expect(whyOf("over")).toBe("rule `over`: the environment goes over its budget");
    expect(whyOf("unknown")).toBe(
      "rule `over`: the environment may go over its budget (some prices are unknown)",
    );
    expect(whyOf("within")).toBe("rule `under`: the environment stays within its budget");
    expect(whyOf("none")).toBe("rule `under`: the environment has no budget");
  });

  it("a rule without conditions matches everything", () => {
    const all = parseConfig(
      "approvals:\n  rules:\n    - require: { approvals: 0 }\n",
      "/p/config.yaml",
      {},
      { dirExists: () => true },
    );
    const match = matchApprovalRule(all, "dev", facts({ monthlyDelta: 1e6, destroys: true }));
    expect(match).toEqual({
      requirement: { required: 0, permission: "write", teams: [] },
      rule: "rule 1",
      why: "rule `rule 1`: it has no conditions",
    });
    expect(describeRequirement(match.requirement)).toBe("no approval");
  });

  it("describes a requirement in words, dropping what no team slug can hold", () => {
    expect(describeRequirement({ required: 1, permission: "write", teams: [] })).toBe(
      "1 approval from someone with write access",
    );
    expect(describeRequirement({ required: 2, permission: "maintain", teams: ["platform", "a`b\n@x"] })).toBe(
      "2 approvals from members of `platform` or `abx` with maintain access",
    );
  });
});

describe("facts in the plan record", () => {
  it("keeps money in whole cents and round-trips", () => {
    const kept = toRecordFacts(facts({ monthlyDelta: 612.404 }));
    expect(kept.monthlyDeltaCents).toBe(61240);
    expect(fromRecordFacts(kept)).toEqual(facts({ monthlyDelta: 612.4 }));
  });

  it("clamps an absurd delta and calls it uncertain, and drops unnamable types as a cut", () => {
    const kept = toRecordFacts(facts({ monthlyDelta: 1e20, types: ["aws_vpc", "Bad Type"] }));
    expect(kept).toMatchObject({
      monthlyDeltaCents: 1e14,
      pricesUnknown: true,
      types: ["aws_vpc"],
      typesCut: true,
    });
  });

  it("keeps a record with 40 long types well under the limit, and its MAC covers the facts", () => {
    const types = Array.from({ length: 40 }, (_, i) => `azurerm_kubernetes_cluster_node_pool_${i}`);
    const record: PlanRecord = {
      v: 2,
      environment: "staging",
      planHash: "a".repeat(64),
      headSha: "b".repeat(40),
      requester: "alice",
      commandCommentId: 1,
      destroy: false,
      status: "planned",
      createdAt: "2026-12-02T22:00:00.000Z",
      policy: "pass",
      hasChanges: true,
      pushedBy: Array.from({ length: 20 }, (_, i) => `pusher-${i}`),
      facts: toRecordFacts(facts({ monthlyDelta: 612.4, types })),
    };
    const binding = { key: Buffer.alloc(32, 7), repository: "acme/infra", number: 3 };
    const header = stickyHeader(record, binding);
    expect(header.length).toBeLessThan(MAX_RECORD_LENGTH / 2);
    expect(decodeRecord(header, binding)).toEqual(record);
    // The same record with a smaller delta under the same MAC is not a record.
    const blob = header.split("\n")[1]!.slice("<!-- plagentic:record ".length, -" -->".length);
    const envelope = JSON.parse(Buffer.from(blob, "base64url").toString("utf8")) as { r: PlanRecord };
    envelope.r.facts!.monthlyDeltaCents = 500;
    const forged = `${header.split("\n")[0]}\n<!-- plagentic:record ${Buffer.from(JSON.stringify(envelope)).toString("base64url")} -->`;
    expect(decodeRecord(forged, binding)).toBeNull();
  });

  it("refuses a record without facts when a rule may apply, and falls back when none can", () => {
    const old = requirementForRecord(config, { environment: "staging" });
    expect(old).toEqual({ ok: false, reason: expect.stringMatching(/plan again/) as unknown });
    const noRules = parseConfig(
      "approvals:\n  required: 2\n  rules:\n    - when: { environment: production }\n      require: { approvals: 3 }\n",
      "/p/config.yaml",
      {},
      { dirExists: () => true },
    );
    const fallback = requirementForRecord(noRules, { environment: "staging" });
    expect(fallback.ok && fallback.match.requirement.required).toBe(2);
    const judged = requirementForRecord(config, {
      environment: "staging",
      facts: toRecordFacts(facts({ monthlyDelta: 700 })),
    });
    expect(judged.ok && judged.match.rule).toBe("big spend");
  });
});
