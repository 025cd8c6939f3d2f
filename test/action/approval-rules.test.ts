/**
 * Approval rules and budgets through the Action: its bundle run as a runner runs it, once per
 * event, against the fake GitHub (the scenarios use separate environments and pull requests).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, it } from "vitest";
import { recordKeyFromEnv } from "../../src/github/record-key.js";
import { runBundledAction } from "../helpers/action-runner.js";
import {
  bigSpendNeedsTwoFromTeam,
  productionDestroyNeedsMaintainer,
  pushAcrossThresholdNeedsMore,
  RULES_CONFIG,
  seedPeople,
  smallChangeNeedsOne,
  type Face,
} from "../helpers/approval-rules-scenarios.js";
import { startFakeGitHub, type FakeGitHub } from "../helpers/fake-github.js";
import { OWNER, REPO } from "../helpers/github-app.js";

const BOT = "github-actions[bot]";
const RECORD_KEY = "approval-rules-test-record-key-0123456789";

describe("approval rules and budgets in the Action", () => {
  let gh: FakeGitHub;
  let work: string;
  let face: Face;

  beforeAll(async () => {
    gh = await startFakeGitHub({ botLogin: BOT });
    gh.addRepo({ owner: OWNER, repo: REPO, files: { "config.yaml": RULES_CONFIG } });
    seedPeople(gh);
    work = mkdtempSync(join(tmpdir(), "plagentic-action-rules-"));
    const run = async (eventName: string, payload: object) => {
      const r = await runBundledAction({
        gh,
        work,
        eventName,
        payload,
        inputs: { "record-key": RECORD_KEY },
      });
      if (r.code !== 0) throw new Error(`the Action failed on ${eventName}: ${r.stdout}\n${r.stderr}`);
    };
    const key = recordKeyFromEnv({ PLAGENTIC_RECORD_KEY: RECORD_KEY }, `${OWNER}/${REPO}`).key;
    face = {
      gh,
      botLogin: BOT,
      binding: (number) => ({ key, repository: `${OWNER}/${REPO}`, number }),
      comment: (pr, user, body) =>
        run("issue_comment", {
          action: "created",
          issue: { number: pr, pull_request: { url: "x" }, user: { login: "alice" }, labels: [] },
          comment: gh.addComment(pr, { user, body }),
          repository: gh.repository(),
          sender: { login: user, type: "User" },
        }),
      approve(pr, user) {
        const head = (gh.pullRequest(pr)["head"] as { sha: string }).sha;
        gh.addReview(pr, { user, state: "APPROVED", commitId: head });
        return run("pull_request_review", {
          action: "submitted",
          review: { user: { login: user, type: "User" }, state: "approved", commit_id: head },
          pull_request: gh.pullRequest(pr),
          repository: gh.repository(),
          sender: { login: user, type: "User" },
        });
      },
      push(pr, branch, files, user) {
        gh.commitFiles(OWNER, REPO, branch, files, "change", user);
        return run("pull_request", {
          action: "synchronize",
          number: pr,
          pull_request: gh.pullRequest(pr),
          repository: gh.repository(),
          sender: { login: user, type: "User" },
        });
      },
    };
  });

  afterAll(async () => {
    await gh.close();
    rmSync(work, { recursive: true, force: true });
  });

  it(
    "a small change needs the one approval approvals.required asks for",
    () => smallChangeNeedsOne(face),
    60_000,
  );
  it("over the threshold needs two approvals from the team", () => bigSpendNeedsTwoFromTeam(face), 60_000);
  it("destroying in production needs a maintainer", () => productionDestroyNeedsMaintainer(face), 60_000);
  it(
    "a push across the threshold needs the higher approval",
    () => pushAcrossThresholdNeedsMore(face),
    60_000,
  );
});
