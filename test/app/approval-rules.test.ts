/**
 * Approval rules and budgets through the App: Probot with signed webhooks against the fake GitHub,
 * one App for the file (the scenarios use separate environments and pull requests).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bigSpendNeedsTwoFromTeam,
  productionDestroyNeedsMaintainer,
  pushAcrossThresholdNeedsMore,
  RULES_CONFIG,
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
});
