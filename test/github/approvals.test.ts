import { describe, expect, it } from "vitest";
import { evaluateApprovals, neededPermissions } from "../../src/github/approvals.js";
import type { ApprovalInput, ApprovalVerdict } from "../../src/github/approvals.js";
import type { Review } from "../../src/github/client.js";

const HEAD = "a".repeat(40);
const OLD = "b".repeat(40);

let nextId = 1;
function review(user: string, state: Review["state"], commitId = HEAD): Review {
  const id = nextId++;
  return {
    id,
    user,
    state,
    commitId,
    submittedAt: state === "PENDING" ? null : `2026-01-01T00:00:${String(id % 60).padStart(2, "0")}Z`,
  };
}
const approve = (user: string, commit = HEAD) => review(user, "APPROVED", commit);
const changes = (user: string, commit = HEAD) => review(user, "CHANGES_REQUESTED", commit);
const comment = (user: string, commit = HEAD) => review(user, "COMMENTED", commit);
const dismissed = (user: string, commit = HEAD) => review(user, "DISMISSED", commit);
const pending = (user: string) => review(user, "PENDING");

const base: ApprovalInput = {
  reviews: [],
  headSha: HEAD,
  requester: "alice",
  required: 1,
  permissions: {
    alice: "write",
    bob: "write",
    carol: "write",
    dave: "read",
    erin: "admin",
    frank: "maintain",
  },
  teamMembership: {},
};

type Expected = Partial<Omit<ApprovalVerdict, "ignored">> & { ignored?: [string, string][] };

const TABLE: [string, Partial<ApprovalInput>, Expected][] = [
  ["no reviews", {}, { satisfied: false, approvedBy: [], missing: 1, summary: "0 of 1 approval" }],
  [
    "no approval required and no reviews",
    { required: 0 },
    { satisfied: true, missing: 0, summary: "no approval required" },
  ],
  ["negative requirement is no requirement", { required: -3 }, { satisfied: true, missing: 0 }],
  [
    "one approval on the head by a write user",
    { reviews: [approve("bob")] },
    {
      satisfied: true,
      approvedBy: ["bob"],
      ignored: [],
      blockedBy: [],
      missing: 0,
      summary: "1 of 1 approval",
    },
  ],
  ["admin approval counts", { reviews: [approve("erin")] }, { satisfied: true, approvedBy: ["erin"] }],
  ["maintain approval counts", { reviews: [approve("frank")] }, { satisfied: true }],

  // Atlantis: approval on an older commit
  [
    "approval on an older commit",
    { reviews: [approve("bob", OLD)] },
    {
      satisfied: false,
      approvedBy: [],
      missing: 1,
      ignored: [["bob", "approved an older commit (bbbbbbb), not the head (aaaaaaa)"]],
      summary: "0 of 1 approval; 1 not counted",
    },
  ],
  [
    "re-approval on the head after a push",
    { reviews: [approve("bob", OLD), approve("bob")] },
    { satisfied: true, approvedBy: ["bob"], ignored: [] },
  ],
  [
    "head approval then old-commit approval: the latest decides",
    { reviews: [approve("bob"), approve("bob", OLD)] },
    { satisfied: false, ignored: [["bob", "approved an older commit"]] },
  ],
  ["SHA compared case-insensitively", { reviews: [approve("bob", HEAD.toUpperCase())] }, { satisfied: true }],

  // approval by the requester
  [
    "approval by the requester",
    { reviews: [approve("alice")] },
    { satisfied: false, ignored: [["alice", "asked for this plan"]] },
  ],
  [
    "requester in other case",
    { reviews: [approve("ALICE")], requester: "Alice" },
    { satisfied: false, ignored: [["ALICE", "asked for this plan"]] },
  ],
  [
    "requester plus another approver",
    { reviews: [approve("alice"), approve("bob")] },
    { satisfied: true, approvedBy: ["bob"], ignored: [["alice", "asked for this plan"]] },
  ],

  // read-only reviewer
  [
    "read-only reviewer",
    { reviews: [approve("dave")] },
    { satisfied: false, ignored: [["dave", "has read access; approvals need write"]] },
  ],
  [
    "no-access reviewer",
    { reviews: [approve("zed")], permissions: { zed: "none" } },
    { ignored: [["zed", "has no access; approvals need write"]] },
  ],
  [
    "triage reviewer",
    { reviews: [approve("tim")], permissions: { tim: "triage" } },
    { ignored: [["tim", "has triage access"]] },
  ],
  [
    "unknown permission does not count",
    { reviews: [approve("ghost")] },
    { satisfied: false, ignored: [["ghost", "could not have their permission checked"]] },
  ],
  [
    "bot approval never counts",
    { reviews: [approve("helper[bot]")], permissions: { "helper[bot]": "admin" } },
    { satisfied: false, ignored: [["helper[bot]", "is a bot"]] },
  ],

  // changes requested
  [
    "approval then changes requested",
    { reviews: [approve("bob"), changes("bob")] },
    {
      satisfied: false,
      approvedBy: [],
      blockedBy: ["bob"],
      summary: "0 of 1 approval; @bob requested changes",
    },
  ],
  [
    "changes requested then approval by the same user",
    { reviews: [changes("bob"), approve("bob")] },
    { satisfied: true, approvedBy: ["bob"], blockedBy: [] },
  ],
  [
    "changes requested by another write user blocks",
    { reviews: [approve("bob"), changes("carol")] },
    {
      satisfied: false,
      approvedBy: ["bob"],
      blockedBy: ["carol"],
      missing: 0,
      summary: "1 of 1 approval; @carol requested changes",
    },
  ],
  [
    "changes requested on an old commit still block",
    { reviews: [changes("carol", OLD), approve("bob")] },
    { satisfied: false, blockedBy: ["carol"] },
  ],
  [
    "changes requested by the requester block",
    { reviews: [changes("alice"), approve("bob")] },
    { satisfied: false, blockedBy: ["alice"] },
  ],
  [
    "changes requested by a read user do not block",
    { reviews: [changes("dave"), approve("bob")] },
    { satisfied: true, blockedBy: [] },
  ],
  [
    "changes requested by an unchecked user block",
    { reviews: [changes("ghost"), approve("bob")] },
    { satisfied: false, blockedBy: ["ghost"] },
  ],
  [
    "comment after changes requested keeps the block",
    { reviews: [changes("carol"), comment("carol"), approve("bob")] },
    { satisfied: false, blockedBy: ["carol"] },
  ],
  [
    "pending after changes requested keeps the block",
    { reviews: [changes("carol"), pending("carol"), approve("bob")] },
    { satisfied: false, blockedBy: ["carol"] },
  ],
  [
    "comment after approval keeps the approval",
    { reviews: [approve("bob"), comment("bob")] },
    { satisfied: true, approvedBy: ["bob"] },
  ],
  [
    "comment on its own is nothing",
    { reviews: [comment("bob")] },
    { satisfied: false, approvedBy: [], ignored: [], blockedBy: [] },
  ],
  [
    "two blockers, in order",
    { reviews: [changes("carol"), changes("erin"), approve("bob")] },
    { blockedBy: ["carol", "erin"], summary: "1 of 1 approval; @carol, @erin requested changes" },
  ],

  // dismissed
  [
    "dismissed approval",
    { reviews: [approve("bob"), dismissed("bob")] },
    { satisfied: false, approvedBy: [], ignored: [] },
  ],
  [
    "dismissed changes request unblocks",
    { reviews: [changes("carol"), dismissed("carol"), approve("bob")] },
    { satisfied: true, blockedBy: [] },
  ],
  [
    "approval after a dismissal counts",
    { reviews: [approve("bob", OLD), dismissed("bob", OLD), approve("bob")] },
    { satisfied: true, approvedBy: ["bob"] },
  ],

  // counting
  [
    "two required, one given",
    { required: 2, reviews: [approve("bob")] },
    { satisfied: false, missing: 1, summary: "1 of 2 approvals" },
  ],
  [
    "two required, two given",
    { required: 2, reviews: [approve("bob"), approve("carol")] },
    { satisfied: true, approvedBy: ["bob", "carol"], missing: 0 },
  ],
  [
    "one user approving twice counts once",
    { required: 2, reviews: [approve("bob"), approve("bob")] },
    { satisfied: false, approvedBy: ["bob"], missing: 1 },
  ],
  [
    "same user in two cases counts once",
    { required: 2, reviews: [approve("bob"), approve("BOB")] },
    { approvedBy: ["BOB"], missing: 1 },
  ],
  [
    "permissions keyed in another case",
    { reviews: [approve("Bob")], permissions: { bob: "write" } },
    { satisfied: true, approvedBy: ["Bob"] },
  ],
  [
    "two required with one blocked",
    { required: 2, reviews: [approve("bob"), approve("carol"), changes("erin")] },
    { satisfied: false, missing: 0, blockedBy: ["erin"] },
  ],
  [
    "mixed: stale, requester, read-only, valid",
    { required: 2, reviews: [approve("bob", OLD), approve("alice"), approve("dave"), approve("carol")] },
    { satisfied: false, approvedBy: ["carol"], missing: 1, summary: "1 of 2 approvals; 3 not counted" },
  ],

  // per-environment requirement
  [
    "maintain required, write approval ignored",
    { reviews: [approve("bob")], requirement: { permission: "maintain" } },
    { satisfied: false, ignored: [["bob", "has write access; approvals need maintain"]] },
  ],
  [
    "maintain required, maintain approval counts",
    { reviews: [approve("frank")], requirement: { permission: "maintain" } },
    { satisfied: true },
  ],
  [
    "admin required, admin approval counts",
    { reviews: [approve("erin")], requirement: { permission: "admin" } },
    { satisfied: true },
  ],
  [
    "team required, member counts",
    { reviews: [approve("bob")], requirement: { teams: ["sre"] }, teamMembership: { bob: { sre: true } } },
    { satisfied: true },
  ],
  [
    "team required, non-member ignored",
    {
      reviews: [approve("bob")],
      requirement: { teams: ["sre"] },
      teamMembership: { bob: { sre: false, web: true } },
    },
    { satisfied: false, ignored: [["bob", "is not a member of team `sre`"]] },
  ],
  [
    "team required, membership unknown",
    { reviews: [approve("bob")], requirement: { teams: ["sre", "ops"] } },
    { ignored: [["bob", "one of the teams `sre`, `ops`"]] },
  ],
  [
    "team membership keyed in other case",
    { reviews: [approve("Bob")], requirement: { teams: ["SRE"] }, teamMembership: { BOB: { sre: true } } },
    { satisfied: true },
  ],
  [
    "team rule does not let a non-member's changes request slide",
    {
      reviews: [approve("bob"), changes("carol")],
      requirement: { teams: ["sre"] },
      teamMembership: { bob: { sre: true } },
    },
    { satisfied: false, blockedBy: ["carol"] },
  ],
];

describe("evaluateApprovals", () => {
  it.each(TABLE)("%s", (_name, overrides, expected) => {
    const got = evaluateApprovals({ ...base, ...overrides });
    const { ignored, ...rest } = expected;
    expect(got).toMatchObject(rest);
    if (ignored !== undefined) {
      expect(got.ignored.map((i) => i.user)).toEqual(ignored.map(([u]) => u));
      got.ignored.forEach((i, n) => expect(i.reason).toContain(ignored[n]![1]));
    }
    // Consistency that holds for every row.
    expect(got.satisfied).toBe(got.missing === 0 && got.blockedBy.length === 0);
    expect(got.summary).not.toContain("\n");
  });

  it("reads many pages of reviews already concatenated", () => {
    // 250 reviews across three pages of 100: early approval, noise, a late changes request, a late re-approval.
    const reviews: Review[] = [approve("bob", OLD)];
    for (let i = 0; i < 120; i++) reviews.push(comment(`user${i}`));
    reviews.push(changes("carol", OLD));
    for (let i = 0; i < 120; i++) reviews.push(comment(`other${i}`));
    reviews.push(approve("bob"));
    let got = evaluateApprovals({ ...base, reviews });
    expect(got).toMatchObject({ satisfied: false, approvedBy: ["bob"], blockedBy: ["carol"] });

    reviews.push(approve("carol"));
    got = evaluateApprovals({ ...base, reviews });
    expect(got).toMatchObject({ satisfied: true, approvedBy: ["bob", "carol"], blockedBy: [] });
  });

  it("summary mentions cannot carry markup", () => {
    const got = evaluateApprovals({
      ...base,
      reviews: [changes("evil<b>x</b>")],
      permissions: { "evil<b>x</b>": "write" },
    });
    expect(got.summary).toBe("0 of 1 approval; @evilbxb requested changes");
  });
});

describe("neededPermissions", () => {
  it("lists each user whose latest deciding review approves or requests changes, once", () => {
    const reviews = [
      approve("bob"),
      comment("zoe"),
      pending("pat"),
      changes("carol"),
      approve("BOB"),
      approve("dan"),
      dismissed("dan"),
      changes("erin"),
      approve("erin"),
    ];
    expect(neededPermissions(reviews)).toEqual(["BOB", "carol", "erin"]);
  });

  it("is empty when nobody decided", () => {
    expect(neededPermissions([comment("a"), pending("b")])).toEqual([]);
  });

  it("is enough for evaluateApprovals to reach its verdict", () => {
    const reviews = [approve("bob"), changes("dave"), comment("zoe")];
    const lookup: Record<string, "write" | "read"> = { bob: "write", dave: "read", zoe: "write" };
    const permissions = Object.fromEntries(neededPermissions(reviews).map((u) => [u, lookup[u]!]));
    expect(Object.keys(permissions)).toEqual(["bob", "dave"]);
    expect(evaluateApprovals({ ...base, reviews, permissions }).satisfied).toBe(true);
  });
});
