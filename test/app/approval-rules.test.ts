/**
 * Approval rules and budgets through the App: Probot with signed webhooks against the fake GitHub,
 * one App for the file (the scenarios use separate environments and pull requests).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stickyHeader, type PlanRecord } from "../../src/github/markers.js";
import {
  bigSpendNeedsTwoFromTeam,
  productionDestroyNeedsMaintainer,
  pushAcrossThresholdNeedsMore,
  RULES_CONFIG,
  rulesSpec,
  seedPeople,
  smallChangeNeedsOne,
  type Face,
} from "../helpers/approval-rules-scenarios.js";
import {
  commentPayload,
  OWNER,
  pullRequestPayload,
  recordBinding,
  REPO,
  reviewPayload,
  startApp,
  type AppHarness,
} from "../helpers/github-app.js";

describe("approval rules and budgets in the App", () => {
  let h: AppHarness;
  let face: Face;

  beforeAll(async () => {
    h = await startApp({ files: { "config.yaml": RULES_CONFIG } });
    seedPeople(h.gh);
    face = {
      gh: h.gh,
      botLogin: h.gh.botLogin,
      binding: (n) => recordBinding(n),
      comment: (pr, user, body) => h.deliver("issue_comment", commentPayload(h, pr, user, body)),
      approve: (pr, user) => h.deliver("pull_request_review", reviewPayload(h, pr, user, "APPROVED")),
      async push(pr, branch, files, user) {
        h.gh.commitFiles(OWNER, REPO, branch, files, "change", user);
        await h.deliver("pull_request", pullRequestPayload(h, pr, "synchronize", user));
      },
    };
  });

  afterAll(async () => {
    expect(h.errors).toEqual([]);
    await h.close();
  });

  it(
    "a small change needs the one approval approvals.required asks for",
    () => smallChangeNeedsOne(face),
    30_000,
  );
  it("over the threshold needs two approvals from the team", () => bigSpendNeedsTwoFromTeam(face), 30_000);
  it("destroying in production needs a maintainer", () => productionDestroyNeedsMaintainer(face), 30_000);
  it(
    "a push across the threshold needs the higher approval",
    () => pushAcrossThresholdNeedsMore(face),
    30_000,
  );

  it("refuses a plan recorded before plans carried facts when a rule may apply", async () => {
    h.gh.commitFiles(OWNER, REPO, "legacy", { "environments/legacy.yaml": rulesSpec("legacy", 1) });
    const pr = h.gh.addPullRequest({ user: "alice", head: "legacy" });
    const asked = h.gh.addComment(pr, { user: "alice", body: "/plagentic plan legacy" });
    const head = (h.gh.pullRequest(pr)["head"] as { sha: string }).sha;
    // What an older Plagentic wrote: an authenticated record without facts.
    const record: PlanRecord = {
      v: 2,
      environment: "legacy",
      planHash: "c".repeat(64),
      headSha: head,
      requester: "alice",
      commandCommentId: asked["id"] as number,
      destroy: false,
      status: "planned",
      createdAt: new Date().toISOString(),
      policy: "pass",
      hasChanges: true,
    };
    h.gh.addComment(pr, {
      user: h.gh.botLogin,
      body: `${stickyHeader(record, recordBinding(pr))}\n### Plan\n`,
    });
    await h.deliver("pull_request_review", reviewPayload(h, pr, "bob", "APPROVED"));
    await h.deliver("pull_request_review", reviewPayload(h, pr, "erin", "APPROVED"));
    await face.comment(pr, "alice", "/plagentic apply legacy");
    const last = String(h.gh.comments(pr).at(-1)!["body"]);
    expect(last).toContain(
      "🚫 The plan for `legacy` cannot be applied: it was planned before Plagentic recorded what approval rules look at",
    );
    expect(last).toContain("Comment `/plagentic plan legacy` to plan again");
    expect(h.gh.deployments().filter((d) => d["environment"] === "legacy")).toEqual([]);
  });
});
