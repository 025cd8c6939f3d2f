/**
 * `approvals.apply_on: merge` through the Action's bundle, run as a runner runs it against the fake
 * GitHub: commit statuses that hold the merge until the plan is approved, one apply from the merge
 * commit, and a merge commit whose spec changed on the base branch refused.
 */
import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBundledAction } from "../helpers/action-runner.js";
import { startFakeGitHub, type FakeGitHub } from "../helpers/fake-github.js";
import { CONFIG, OWNER, REPO, smallSpec } from "../helpers/github-app.js";

const BOT = "github-actions[bot]";

describe("apply on merge (Action)", () => {
  let gh: FakeGitHub;
  let work: string;

  beforeAll(async () => {
    gh = await startFakeGitHub({ botLogin: BOT });
    gh.addRepo({
      owner: OWNER,
      repo: REPO,
      files: {
        "config.yaml": CONFIG.replace("required: 1", "required: 1\n  apply_on: merge"),
        "environments/staging.yaml": smallSpec(),
      },
    });
    gh.setPermission("alice", "write");
    gh.setPermission("bob", "write");
    work = mkdtempSync(join(tmpdir(), "plagentic-action-merge-"));
  });

  afterAll(async () => {
    await gh.close();
    rmSync(work, { recursive: true, force: true });
  });

  const runAction = (eventName: string, payload: object) =>
    runBundledAction({ gh, work, eventName, payload });
  const bot = (number: number) =>
    gh
      .comments(number)
      .filter((c) => (c["user"] as { login: string }).login === BOT)
      .map((c) => String(c["body"]));
  const status = (number: number) => {
    const head = (gh.pullRequest(number)["head"] as { sha: string }).sha;
    return gh
      .statuses()
      .filter((s) => s["context"] === "plagentic/staging" && s["sha"] === head)
      .at(-1)?.["state"];
  };
  const event = (number: number, action: string) => ({
    action,
    number,
    pull_request: gh.pullRequest(number),
    repository: gh.repository(),
    sender: { login: "alice", type: "User" },
  });

  async function planned(branch: string, files: Record<string, string>): Promise<number> {
    gh.commitFiles(OWNER, REPO, branch, files);
    const deployments = gh.deployments().length;
    const pr = gh.addPullRequest({ user: "alice", head: branch });
    const c = gh.addComment(pr, { user: "alice", body: "/plagentic plan staging" });
    const r = await runAction("issue_comment", {
      action: "created",
      issue: { number: pr, pull_request: { url: "x" }, user: { login: "alice" }, labels: [] },
      comment: c,
      repository: gh.repository(),
      sender: { login: "alice", type: "User" },
    });
    expect(r.code).toBe(0);
    expect(status(pr)).toBe("pending");
    const head = (gh.pullRequest(pr)["head"] as { sha: string }).sha;
    gh.addReview(pr, { user: "bob", state: "APPROVED", commitId: head });
    const approved = await runAction("pull_request_review", {
      action: "submitted",
      review: { user: { login: "bob", type: "User" }, state: "approved", commit_id: head },
      pull_request: gh.pullRequest(pr),
      repository: gh.repository(),
      sender: { login: "bob", type: "User" },
    });
    expect(approved.code).toBe(0);
    expect(approved.outputs["applied"]).toBe("false");
    expect(status(pr)).toBe("success");
    expect(gh.deployments()).toHaveLength(deployments);
    return pr;
  }

  it("plan → pending → approve → success → merge → applied once, also when the event comes again", async () => {
    const pr = await planned("feature", { "environments/staging.yaml": smallSpec("t3.medium") });
    const mergeSha = gh.mergePullRequest(pr);
    const merged = await runAction("pull_request", event(pr, "closed"));
    expect(merged.code).toBe(0);
    expect(merged.outputs["applied"]).toBe("true");
    expect(bot(pr).filter((b) => /Apply complete! Resources: 2 added/.test(b))).toHaveLength(1);
    expect(gh.deployments()).toHaveLength(1);
    expect(gh.deployments()[0]).toMatchObject({ sha: mergeSha, environment: "staging" });
    expect(gh.refs()["refs/plagentic/locks/staging"]).toBeUndefined();

    const again = await runAction("pull_request", event(pr, "closed"));
    expect(again.code).toBe(0);
    expect(again.outputs["applied"]).toBe("false");
    expect(bot(pr).filter((b) => /Apply complete/.test(b))).toHaveLength(1);
    expect(gh.deployments()).toHaveLength(1);
  }, 60_000);

  it("refuses a merge commit whose spec the base branch changed after the approval", async () => {
    // Main asks for t3.large (live is t3.medium, from above); a pull request that leaves the spec
    // alone plans that change and is approved; then main changes the spec again before the merge.
    gh.commitFiles(OWNER, REPO, "main", { "environments/staging.yaml": smallSpec("t3.large") });
    const pr = await planned("notes", { "docs/notes.md": "x\n" });
    gh.commitFiles(OWNER, REPO, "main", { "environments/staging.yaml": smallSpec("m5.large") });
    gh.mergePullRequest(pr);
    const merged = await runAction("pull_request", event(pr, "closed"));
    expect(merged.code).not.toBe(0); // the job fails, so the refusal shows on the run too
    expect(merged.outputs["applied"]).toBe("false");
    expect(bot(pr).at(-1)).toMatch(
      /\*\*not applied\*\*: the plan made from the merge commit is not the approved one/,
    );
    expect(gh.deployments()).toHaveLength(2);
    expect((gh.deployments()[1]!["statuses"] as { state: string }[]).at(-1)?.state).toBe("failure");
    expect(gh.refs()["refs/plagentic/locks/staging"]).toBeUndefined();
  }, 60_000);

  it("a pull request merged without approval, or closed unmerged, applies nothing", async () => {
    const deployments = gh.deployments().length;
    for (const [branch, merge] of [
      ["unapproved", true],
      ["abandoned", false],
    ] as const) {
      gh.commitFiles(OWNER, REPO, branch, { "environments/staging.yaml": smallSpec("t3.xlarge") });
      const pr = gh.addPullRequest({ user: "alice", head: branch });
      const c = gh.addComment(pr, { user: "alice", body: "/plagentic plan staging" });
      await runAction("issue_comment", {
        action: "created",
        issue: { number: pr, pull_request: { url: "x" }, user: { login: "alice" }, labels: [] },
        comment: c,
        repository: gh.repository(),
        sender: { login: "alice", type: "User" },
      });
      expect(status(pr)).toBe("pending");
      const replies = bot(pr).length;
      if (merge) gh.mergePullRequest(pr);
      else gh.updatePullRequest(pr, { state: "closed" });
      const closed = await runAction("pull_request", event(pr, "closed"));
      expect(closed.outputs["applied"]).toBe("false");
      expect(gh.deployments()).toHaveLength(deployments);
      if (merge) expect(bot(pr).at(-1)).toMatch(/\*\*not applied\*\*: it was not approved/);
      else expect(bot(pr)).toHaveLength(replies);
      expect(gh.refs()["refs/plagentic/locks/staging"]).toBeUndefined();
    }
  }, 60_000);

  it("a failed apply after merge opens an issue and keeps the lock", async () => {
    const pr = await planned("bigger", { "environments/staging.yaml": smallSpec("t3.2xlarge") });
    // The sandbox cloud refuses every change to instances from now on.
    const db = new Database(join(work, ".plagentic", "state.db"));
    for (const op of ["INSERT", "UPDATE"])
      db.exec(
        `CREATE TRIGGER no_instance_${op} BEFORE ${op} ON sandbox_resources WHEN NEW.type = 'aws_instance' ` +
          "BEGIN SELECT RAISE(ABORT, 'InsufficientInstanceCapacity'); END",
      );
    db.close();
    gh.mergePullRequest(pr);
    const merged = await runAction("pull_request", event(pr, "closed"));
    expect(merged.code).not.toBe(0);
    const issue = gh.issues().at(-1);
    expect(issue?.["title"]).toBe(`Apply of \`staging\` failed after merging #${pr}`);
    expect(issue?.["body"]).toMatch(/InsufficientInstanceCapacity/);
    expect(gh.refs()["refs/plagentic/locks/staging"]).toBeDefined();
  }, 60_000);
});
