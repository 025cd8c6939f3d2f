/**
 * The Action run the way a runner runs it: `node dist/index.js` (the committed bundle) with
 * GITHUB_EVENT_PATH and friends, INPUT_* variables, and the fake GitHub as GITHUB_API_URL.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeGitHub, type FakeGitHub } from "../helpers/fake-github.js";
import { runBundledAction } from "../helpers/action-runner.js";
import { CONFIG, OWNER, REPO, smallSpec } from "../helpers/github-app.js";

const BOT = "github-actions[bot]";
const SECRET = "sk-proj-abcdefghijklmnopqrstuvwx123456";

describe("the Action, run as a runner runs it", () => {
  let gh: FakeGitHub;
  let work: string;

  beforeAll(async () => {
    gh = await startFakeGitHub({ botLogin: BOT });
    gh.addRepo({
      owner: OWNER,
      repo: REPO,
      files: { "config.yaml": CONFIG, "environments/staging.yaml": smallSpec() },
    });
    gh.setPermission("alice", "write");
    gh.setPermission("bob", "write");
    work = mkdtempSync(join(tmpdir(), "plagentic-action-"));
  });

  afterAll(async () => {
    await gh.close();
    rmSync(work, { recursive: true, force: true });
  });

  const runAction = (eventName: string, payload: object, inputs: Record<string, string> = {}) =>
    runBundledAction({ gh, work, eventName, payload, inputs: { "openai-api-key": SECRET, ...inputs } });

  const bot = (number: number) =>
    gh
      .comments(number)
      .filter((c) => (c["user"] as { login: string }).login === BOT)
      .map((c) => String(c["body"]));

  it("ignores an event with nothing for Plagentic, quickly and quietly", async () => {
    const issue = gh.addIssue({ user: "alice", title: "hello" });
    const before = gh.requests.length;
    const r = await runAction("issue_comment", {
      action: "created",
      issue: { number: issue },
      comment: { id: 1, body: "thanks!", user: { login: "alice", type: "User" } },
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Nothing for Plagentic");
    expect(r.outputs).toEqual({});
    expect(gh.requests.length).toBe(before);
  });

  it("posts a plan for a comment, then applies on a second writer's approval", async () => {
    gh.commitFiles(OWNER, REPO, "feature", { "environments/staging.yaml": smallSpec("t3.medium") });
    const pr = gh.addPullRequest({ user: "alice", head: "feature" });
    const c = gh.addComment(pr, { user: "alice", body: "/plagentic plan staging" });
    const planned = await runAction("issue_comment", {
      action: "created",
      issue: { number: pr, pull_request: { url: "x" }, user: { login: "alice" }, labels: [] },
      comment: c,
      repository: gh.repository(),
      sender: { login: "alice", type: "User" },
    });
    expect(planned.stderr).not.toMatch(/Error/);
    expect(planned.code).toBe(0);
    expect(planned.outputs["has-changes"]).toBe("true");
    expect(planned.outputs["plan-hash"]).toMatch(/^[0-9a-f]{64}$/);
    expect(planned.outputs["monthly-cost-delta"]).toBe("30.37");
    expect(planned.summary).toContain("staging");
    expect(bot(pr)[0]).toContain("Plan: 2 to add");
    // Action mode reports with a commit status, not a check run.
    expect(gh.statuses().map((s) => [s["context"], s["state"]])).toEqual([["plagentic/staging", "pending"]]);
    expect(gh.checkRuns()).toEqual([]);

    const head = (gh.pullRequest(pr)["head"] as { sha: string }).sha;
    gh.addReview(pr, { user: "bob", state: "APPROVED", commitId: head });
    const applied = await runAction("pull_request_review", {
      action: "submitted",
      review: { user: { login: "bob", type: "User" }, state: "approved", commit_id: head },
      pull_request: gh.pullRequest(pr),
      repository: gh.repository(),
      sender: { login: "bob", type: "User" },
    });
    expect(applied.code).toBe(0);
    expect(applied.outputs["applied"]).toBe("true");
    expect(bot(pr).some((b) => /Apply complete! Resources: 2 added/.test(b))).toBe(true);
    expect(gh.deployments()).toHaveLength(1);
    expect(gh.statuses().at(-1)).toMatchObject({ context: "plagentic/staging", state: "success" });

    // No secret reached GitHub, the log or the summary.
    expect(JSON.stringify(gh.requests.map((r) => r.body))).not.toContain(SECRET);
    // (The runner hides secrets the action registers with ::add-mask::, which names them once.)
    const logs = (planned.stdout + applied.stdout).split("\n").filter((l) => !l.startsWith("::add-mask::"));
    expect(logs.join("\n") + planned.summary + applied.summary).not.toContain(SECRET);
  }, 60_000);

  it("a scheduled run reports drift against the default branch's specs", async () => {
    // The PR above applied t3.medium, but the default branch still says t3.small: that is drift.
    const r = await runAction("schedule", { schedule: "0 6 * * *" });
    expect(r.code).toBe(0);
    expect(r.outputs["has-changes"]).toBe("true");
    expect(r.summary).toContain("aws_instance.web");
    expect(r.summary).toContain("t3.medium");
    expect(r.stdout).toMatch(/::warning::drift in staging/);
  });

  it("a dispatched apply is refused with the valid commands", async () => {
    const r = await runAction("workflow_dispatch", {}, { command: "apply staging" });
    expect(r.code).not.toBe(0);
    expect(r.stdout).toMatch(/use "drift \[environment\]" or "plan \[environment\]"/);
  });
});
