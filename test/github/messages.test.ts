import { describe, expect, it } from "vitest";
import { evaluateApprovals } from "../../src/github/approvals.js";
import { authorizeCommand } from "../../src/github/authz.js";
import { parseComment } from "../../src/github/commands.js";
import {
  ambiguousEnvironment,
  applyRequirementsNotMet,
  helpReply,
  lockHeld,
  noPlan,
  parseErrorReply,
  planChanged,
  plansMarkedStale,
  policyFailed,
  refusal,
  staleBanner,
  stalePlan,
  unknownEnvironment,
  unlocked,
  unmetApprovals,
  working,
} from "../../src/github/messages.js";

const HEAD = "d".repeat(40);
const OLD = "e".repeat(40);

/** Markdown outside code spans, where a mention or a tag would take effect. */
const outsideCode = (md: string) => md.replace(/(`+)[\s\S]*?\1/g, "");

describe("messages", () => {
  it("a refusal carries the reason and what would work", () => {
    const r = authorizeCommand({
      verb: "apply",
      environment: "staging",
      user: "dave",
      userType: "User",
      permission: "read",
      isBot: false,
      teamMembership: {},
      allowForkPlans: false,
    });
    if (r.ok) throw new Error("expected a refusal");
    const text = refusal(r.reason, r.hint);
    expect(text).toContain("needs write access");
    expect(text).toContain("Ask someone with write access to comment `/plagentic apply staging`");
  });

  it("a parse error points at help", () => {
    const p = parseComment("/plagentic plan --force");
    if (p.kind !== "error") throw new Error("expected an error");
    expect(parseErrorReply(p.message)).toContain("Comment `/plagentic help` for every command.");
  });

  it("help lists the environments", () => {
    expect(helpReply(["dev"])).toContain("`dev`");
  });

  it("an unknown environment lists the valid ones", () => {
    expect(unknownEnvironment("prod", ["staging", "dev"])).toBe(
      "⚠️ `prod` is not an environment of this repository. Environments here: `dev`, `staging`.",
    );
    expect(unknownEnvironment("prod", [])).toContain("defines no environments yet");
  });

  it("asks which environment when several fit", () => {
    expect(ambiguousEnvironment("apply", ["b", "a"])).toContain(
      "`/plagentic apply a` or `/plagentic apply b`",
    );
  });

  it("a held lock links the holder and says how it is released", () => {
    const text = lockHeld("staging", { number: 12, url: "https://github.com/o/r/pull/12" });
    expect(text).toContain("[#12](https://github.com/o/r/pull/12)");
    expect(text).toContain("`/plagentic unlock staging`");
    expect(text).toContain("merged or closed");
  });

  it("does not link an address that could break out of the link", () => {
    expect(lockHeld("staging", { number: 12, url: "javascript:alert(1)" })).not.toContain("](");
    expect(lockHeld("staging", { number: 12, url: "https://x.test/a) [click](https://evil" })).not.toContain(
      "](",
    );
  });

  it("a stale plan names both commits and the way forward", () => {
    const text = stalePlan("staging", OLD, HEAD);
    expect(text).toContain("`eeeeeee`");
    expect(text).toContain("`ddddddd`");
    expect(text).toContain("Nothing was applied");
    expect(text).toContain("`/plagentic plan staging`");
    expect(stalePlan("staging", "<img>", HEAD)).toContain("`unknown`");
  });

  it("says plans are marked stale after a push", () => {
    expect(staleBanner(HEAD)).toContain("Plans are marked stale after every push");
    const text = plansMarkedStale(["staging", "dev"], HEAD);
    expect(text).toContain("`dev`, `staging`");
    expect(text).toContain("`/plagentic plan dev`, `/plagentic plan staging`");
  });

  it("the short replies name the environment and the next command", () => {
    expect(noPlan("dev")).toContain("`/plagentic plan dev`");
    expect(planChanged("dev")).toContain("Nothing was applied");
    expect(policyFailed("dev")).toContain("fails policy");
    expect(unlocked("dev")).toContain("`dev`");
    expect(working("plan", "dev")).toContain("`/plagentic plan dev`");
  });

  it("lists unmet apply requirements, escaped", () => {
    const text = applyRequirementsNotMet("staging", ["policy fails", "changes requested by @bob <b>now</b>"]);
    expect(text.split("\n")).toEqual([
      "🚫 `staging` cannot be applied yet:",
      "",
      "- policy fails",
      "- changes requested by &#64;bob &lt;b&gt;now&lt;/b&gt;",
    ]);
  });

  it("turns an approval verdict into requirements that cannot ping anyone", () => {
    const verdict = evaluateApprovals({
      reviews: [
        { id: 1, user: "bob", state: "APPROVED", commitId: OLD, submittedAt: null },
        { id: 2, user: "carol", state: "CHANGES_REQUESTED", commitId: HEAD, submittedAt: null },
      ],
      headSha: HEAD,
      requester: "alice",
      required: 1,
      permissions: { bob: "write", carol: "write" },
      teamMembership: {},
    });
    const unmet = unmetApprovals(verdict, "alice", HEAD);
    expect(unmet).toEqual([
      "1 more approval on commit ddddddd from someone with write access other than alice, who asked for the plan",
      "changes requested by carol must be resolved or dismissed",
      "the approval by bob does not count: bob approved an older commit (eeeeeee), not the head (ddddddd)",
    ]);
    const text = applyRequirementsNotMet("staging", unmet);
    expect(outsideCode(text)).not.toMatch(/@\w|<\w/);
  });

  it("no reply lets user text open HTML or mention someone", () => {
    const hostile = "<img src=x> @everyone";
    const replies = [
      applyRequirementsNotMet("dev", [hostile]),
      parseErrorReply((parseComment(`/plagentic plan ${hostile}`) as { message: string }).message),
    ];
    for (const r of replies) expect(outsideCode(r)).not.toMatch(/@\w|<\w/);
  });
});
