/**
 * The drift loop in the Action, run as a runner runs it (the bundle, the fake GitHub, the sandbox
 * in the workspace): a workflow's schedule opens and rewrites the drift issue, `/plagentic fix`
 * opens the two pull requests, and applying the revert on another writer's approval closes it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBundledAction } from "../helpers/action-runner.js";
import { applyStaging, driftSpec, tamper } from "../helpers/drift.js";
import { startFakeGitHub, type FakeGitHub } from "../helpers/fake-github.js";
import { CONFIG, OWNER, REPO } from "../helpers/github-app.js";

const BOT = "github-actions[bot]";

describe("the drift loop in the Action", () => {
  let gh: FakeGitHub;
  let work: string;

  beforeAll(async () => {
    gh = await startFakeGitHub({ botLogin: BOT });
    gh.addRepo({
      owner: OWNER,
      repo: REPO,
      files: { "config.yaml": CONFIG, "environments/staging.yaml": driftSpec() },
    });
    gh.setPermission("alice", "write");
    gh.setPermission("bob", "write");
    work = mkdtempSync(join(tmpdir(), "plagentic-action-drift-"));
    await applyStaging(work, driftSpec());
  });

  afterAll(async () => {
    await gh.close();
    rmSync(work, { recursive: true, force: true });
  });

  const run = (eventName: string, payload: object, inputs: Record<string, string> = {}) =>
    runBundledAction({ gh, work, eventName, payload, inputs });
  const schedule = () => run("schedule", { schedule: "0 6 * * *", repository: gh.repository() });
  const bot = (n: number) =>
    gh
      .comments(n)
      .filter((c) => (c["user"] as { login: string }).login === BOT)
      .map((c) => String(c["body"]));

  it("a schedule opens the issue, rewrites it, and /plagentic fix then an approved revert closes it", async () => {
    tamper(work, { instanceType: "t3.large" });
    const first = await schedule();
    expect(first.stderr).not.toMatch(/Error/);
    expect(first.code).toBe(0);
    const [issue] = gh.issues().filter((i) => i["title"] === "Drift in staging");
    const n = issue!["number"] as number;
    expect(String(issue!["body"])).toContain('~ instance_type = "t3.small" -> "t3.large"');
    expect(first.summary).toContain(`Drift issue #${n} opened`);
    expect(first.outputs["has-changes"]).toBe("true");

    tamper(work, { deleteSubnet: true });
    const second = await schedule();
    expect(second.code).toBe(0);
    expect(gh.issues().filter((i) => i["title"] === "Drift in staging")).toHaveLength(1);
    expect(String(gh.issue(n)!["body"])).toContain("+ aws_subnet.b");
    expect(second.summary).toContain(`Drift issue #${n} updated`);

    const c = gh.addComment(n, { user: "alice", body: "/plagentic fix" });
    const fix = await run("issue_comment", {
      action: "created",
      issue: { number: n, user: { login: BOT }, labels: [{ name: "plagentic-drift" }] },
      comment: c,
      repository: gh.repository(),
      sender: { login: "alice", type: "User" },
    });
    expect(fix.code).toBe(0);
    const said = bot(n).at(-1)!;
    const revert = Number(/Revert.*\/pull\/(\d+)/.exec(said)![1]);
    const accept = Number(/Accept.*\/pull\/(\d+)/.exec(said)![1]);
    expect(bot(revert)[0]).toContain("Plan: 1 to add, 1 to change, 0 to destroy");
    expect(bot(accept)[0]).toMatch(/No changes|no changes/);

    const head = (gh.pullRequest(revert)["head"] as { sha: string }).sha;
    gh.addReview(revert, { user: "bob", state: "APPROVED", commitId: head });
    const applied = await run("pull_request_review", {
      action: "submitted",
      review: { user: { login: "bob", type: "User" }, state: "approved", commit_id: head },
      pull_request: gh.pullRequest(revert),
      repository: gh.repository(),
      sender: { login: "bob", type: "User" },
    });
    expect(applied.outputs["applied"]).toBe("true");
    expect(gh.issue(n)!["state"]).toBe("closed");
    expect(bot(n).at(-1)).toMatch(/No drift in `staging` any more/);
  }, 60_000);

  it("a schedule with a command keeps to that command and opens no issue", async () => {
    tamper(work, { instanceType: "t3.xlarge" });
    const before = gh.issues().length;
    const r = await run("schedule", { schedule: "0 6 * * *" }, { command: "drift staging" });
    expect(r.code).toBe(0);
    expect(r.summary).toContain("t3.xlarge");
    expect(gh.issues().length).toBe(before);
  });
});
