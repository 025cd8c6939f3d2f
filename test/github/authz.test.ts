import { describe, expect, it } from "vitest";
import { atLeast, authorizeCommand, isBotUser } from "../../src/github/authz.js";
import type { AuthorizeInput } from "../../src/github/authz.js";
import type { Permission } from "../../src/github/client.js";

const base: AuthorizeInput = {
  verb: "plan",
  environment: "staging",
  user: "alice",
  userType: "User",
  permission: "write",
  isBot: false,
  teamMembership: {},
  allowForkPlans: false,
};

type Expect = "ok" | "ignore" | { refuse: string[]; hint?: string[] };

const TABLE: [string, Partial<AuthorizeInput>, Expect][] = [
  // bots
  ["bot by user type", { userType: "Bot", user: "renovate" }, "ignore"],
  ["bot by login suffix", { user: "dependabot[bot]" }, "ignore"],
  ["bot login in capitals", { user: "Plagentic[BOT]" }, "ignore"],
  ["bot flag from the caller", { isBot: true }, "ignore"],
  ["bot even with admin", { userType: "Bot", permission: "admin", verb: "help" }, "ignore"],
  ["a login merely containing bot", { user: "robotics-fan" }, "ok"],

  // base permission per verb
  ["write may plan", {}, "ok"],
  ["write may apply", { verb: "apply" }, "ok"],
  ["write may destroy", { verb: "destroy" }, "ok"],
  ["write may drift", { verb: "drift" }, "ok"],
  ["write may unlock", { verb: "unlock" }, "ok"],
  ["admin may apply", { verb: "apply", permission: "admin" }, "ok"],
  ["maintain may apply", { verb: "apply", permission: "maintain" }, "ok"],
  [
    "read may not plan",
    { permission: "read" },
    {
      refuse: ["`/plagentic plan staging` needs write access", "alice has read access"],
      hint: ["Ask someone with write access to comment `/plagentic plan staging`"],
    },
  ],
  [
    "triage may not apply",
    { verb: "apply", permission: "triage" },
    { refuse: ["needs write access", "triage access"] },
  ],
  ["none may not unlock", { verb: "unlock", permission: "none" }, { refuse: ["alice has no access"] }],
  ["read may not drift", { verb: "drift", permission: "read" }, { refuse: ["needs write access"] }],
  ["read may ask for help", { verb: "help", environment: undefined, permission: "read" }, "ok"],
  ["read may ask for status", { verb: "status", permission: "read" }, "ok"],
  ["none may not ask for status", { verb: "status", permission: "none" }, { refuse: ["needs read access"] }],
  [
    "command without environment in the reason",
    { verb: "apply", environment: undefined, permission: "read" },
    { refuse: ["`/plagentic apply` needs write"] },
  ],

  // forks
  [
    "fork never applies",
    { verb: "apply", pr: { isFork: true } },
    {
      refuse: ["Apply never runs from a pull request opened from a fork"],
      hint: ["Push the branch to this repository"],
    },
  ],
  [
    "fork never applies even when fork plans are allowed",
    { verb: "apply", pr: { isFork: true }, allowForkPlans: true },
    { refuse: ["fork"] },
  ],
  [
    "fork never applies, even for an admin",
    { verb: "apply", permission: "admin", pr: { isFork: true } },
    { refuse: ["fork"] },
  ],
  [
    "fork never destroys",
    { verb: "destroy", pr: { isFork: true }, allowForkPlans: true },
    { refuse: ["Destroy never runs"] },
  ],
  [
    "fork plan refused by default",
    { pr: { isFork: true } },
    { refuse: ["Plan does not run on pull requests from forks"], hint: ["allow_fork_plans"] },
  ],
  ["fork plan when allowed", { pr: { isFork: true }, allowForkPlans: true }, "ok"],
  [
    "fork drift refused by default",
    { verb: "drift", pr: { isFork: true } },
    { refuse: ["Drift does not run"] },
  ],
  ["fork drift when allowed", { verb: "drift", pr: { isFork: true }, allowForkPlans: true }, "ok"],
  ["fork status is fine", { verb: "status", pr: { isFork: true } }, "ok"],
  ["fork unlock is fine", { verb: "unlock", pr: { isFork: true } }, "ok"],
  ["not a fork", { verb: "apply", pr: { isFork: false } }, "ok"],
  ["on an issue (no PR)", { verb: "plan", pr: undefined }, "ok"],
  [
    "permission is named before the fork",
    { verb: "apply", permission: "read", pr: { isFork: true } },
    { refuse: ["needs write access"] },
  ],

  // per-environment requirement
  [
    "maintain required, write refused",
    { verb: "apply", environment: "production", requirement: { permission: "maintain" } },
    {
      refuse: ["on production needs maintain access", "alice has write access"],
      hint: ["Ask someone with maintain access to comment `/plagentic apply production`"],
    },
  ],
  [
    "maintain required, maintain ok",
    { verb: "apply", permission: "maintain", requirement: { permission: "maintain" } },
    "ok",
  ],
  [
    "maintain required, admin ok",
    { verb: "apply", permission: "admin", requirement: { permission: "maintain" } },
    "ok",
  ],
  [
    "admin required, maintain refused",
    { verb: "destroy", permission: "maintain", requirement: { permission: "admin" } },
    { refuse: ["needs admin access"] },
  ],
  [
    "admin required for unlock",
    { verb: "unlock", requirement: { permission: "admin" } },
    { refuse: ["needs admin access"] },
  ],
  [
    "requirement does not gate plan",
    { verb: "plan", requirement: { permission: "admin", teams: ["sre"] } },
    "ok",
  ],
  [
    "requirement does not gate status",
    { verb: "status", permission: "read", requirement: { permission: "admin" } },
    "ok",
  ],
  ["requirement does not gate drift", { verb: "drift", requirement: { permission: "admin" } }, "ok"],
  [
    "team required, not a member",
    { verb: "apply", requirement: { teams: ["sre"] }, teamMembership: { sre: false } },
    {
      refuse: ["needs membership of team `sre`", "alice is not a member"],
      hint: ["Ask a member of team `sre`"],
    },
  ],
  [
    "team required, team unknown to caller",
    { verb: "apply", requirement: { teams: ["sre"] } },
    { refuse: ["team `sre`"] },
  ],
  [
    "team required, member",
    { verb: "apply", requirement: { teams: ["sre"] }, teamMembership: { sre: true } },
    "ok",
  ],
  [
    "any one of several teams",
    {
      verb: "apply",
      requirement: { teams: ["sre", "platform"] },
      teamMembership: { sre: false, platform: true },
    },
    "ok",
  ],
  [
    "several teams, none",
    { verb: "apply", requirement: { teams: ["sre", "platform"] }, teamMembership: { other: true } },
    { refuse: ["one of the teams `sre`, `platform`"] },
  ],
  [
    "team slugs compared case-insensitively",
    { verb: "apply", requirement: { teams: ["SRE"] }, teamMembership: { sre: true } },
    "ok",
  ],
  [
    "admin still needs the team",
    { verb: "apply", permission: "admin", requirement: { teams: ["sre"] } },
    { refuse: ["team `sre`"] },
  ],
  [
    "both rules, permission named first",
    { verb: "apply", requirement: { permission: "maintain", teams: ["sre"] } },
    { refuse: ["maintain access"] },
  ],
  [
    "both rules met",
    {
      verb: "apply",
      permission: "maintain",
      requirement: { permission: "maintain", teams: ["sre"] },
      teamMembership: { sre: true },
    },
    "ok",
  ],
  ["empty team list is no rule", { verb: "apply", requirement: { teams: [] } }, "ok"],
  ["empty requirement is write", { verb: "apply", requirement: {} }, "ok"],
  [
    "empty requirement still needs write",
    { verb: "apply", permission: "triage", requirement: {} },
    { refuse: ["needs write access"] },
  ],
];

describe("authorizeCommand", () => {
  it.each(TABLE)("%s", (_name, overrides, expected) => {
    const got = authorizeCommand({ ...base, ...overrides });
    if (expected === "ok") {
      expect(got).toEqual({ ok: true });
    } else if (expected === "ignore") {
      expect(got).toMatchObject({ ok: false, ignore: true });
    } else {
      expect(got).toMatchObject({ ok: false, ignore: false });
      if (got.ok) return;
      for (const f of expected.refuse) expect(got.reason).toContain(f);
      for (const f of expected.hint ?? []) expect(got.hint).toContain(f);
      // One sentence each.
      expect(got.reason.trim().endsWith(".")).toBe(true);
      expect(got.reason.split(/\.\s/).length).toBe(1);
    }
  });
});

describe("permission order", () => {
  const order: Permission[] = ["none", "read", "triage", "write", "maintain", "admin"];
  it("ranks admin > maintain > write > triage > read > none", () => {
    for (const [i, have] of order.entries())
      for (const [j, need] of order.entries()) expect(atLeast(have, need)).toBe(i >= j);
  });

  it("recognises bots", () => {
    expect(isBotUser("github-actions[bot]", "Bot")).toBe(true);
    expect(isBotUser("someone", "bot")).toBe(true);
    expect(isBotUser("bot", "User")).toBe(false);
  });
});
