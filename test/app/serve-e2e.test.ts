/**
 * End to end: `plagentic serve` as its own process (the committed build), real signed webhooks
 * over HTTP, and the fake GitHub as the API (GHE_HOST/GHE_PROTOCOL), as an installed App runs.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeGitHub, type FakeGitHub } from "../helpers/fake-github.js";
import { CONFIG, OWNER, REPO, smallSpec } from "../helpers/github-app.js";
import { appEnv, startServe, until, type ServeProcess } from "../helpers/serve-process.js";

const SECRET = "e2e-webhook-secret";

describe("plagentic serve, end to end", () => {
  let gh: FakeGitHub;
  let serve: ServeProcess;
  let port: number;
  let dataDir: string;

  beforeAll(async () => {
    gh = await startFakeGitHub();
    gh.addRepo({
      owner: OWNER,
      repo: REPO,
      files: { "config.yaml": CONFIG, "environments/staging.yaml": smallSpec() },
    });
    gh.setPermission("alice", "write");
    gh.setPermission("bob", "write");
    gh.setPermission("rita", "read");
    dataDir = mkdtempSync(join(tmpdir(), "plagentic-serve-"));
    serve = await startServe(appEnv(gh, SECRET, { PLAGENTIC_DATA_DIR: dataDir }), SECRET);
    port = serve.port;
  }, 30_000);

  afterAll(async () => {
    if (serve?.child.exitCode === null) serve.child.kill("SIGKILL");
    await gh.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function post(name: string, payload: object, id: string, signature?: string): Promise<Response> {
    const body = JSON.stringify({ ...payload, installation: { id: gh.installationId } });
    return serve.post(name, id, body, signature);
  }

  function comment(number: number, user: string, body: string) {
    const c = gh.addComment(number, { user, body });
    return {
      action: "created",
      issue: { number, pull_request: { url: "x" }, user: { login: "alice" }, labels: [] },
      comment: c,
      repository: gh.repository(),
      sender: { login: user, type: "User" },
    };
  }

  function review(number: number, user: string, commitId: string) {
    gh.addReview(number, { user, state: "APPROVED", commitId });
    return {
      action: "submitted",
      review: { user: { login: user, type: "User" }, state: "approved", commit_id: commitId },
      pull_request: gh.pullRequest(number),
      repository: gh.repository(),
      sender: { login: user, type: "User" },
    };
  }

  const bot = (number: number) =>
    gh
      .comments(number)
      .filter((c) => (c["user"] as { login: string }).login === gh.botLogin)
      .map((c) => String(c["body"]));

  it("serves /healthz and refuses a badly signed webhook", async () => {
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(await health.json()).toMatchObject({ status: "ok" });
    const bad = await post("issue_comment", { action: "created" }, "bad-1", "sha256=" + "0".repeat(64));
    expect(bad.status).toBe(400);
  });

  it("plans, refuses a reader, ignores a stale approval, applies a second writer's approval once", async () => {
    gh.commitFiles(OWNER, REPO, "feature", { "environments/staging.yaml": smallSpec("t3.medium") });
    const pr = gh.addPullRequest({ user: "alice", head: "feature" });
    const oldHead = (gh.pullRequest(pr)["head"] as { sha: string }).sha;

    const ack = await post("issue_comment", comment(pr, "alice", "/plagentic provision staging"), "d-1");
    expect(ack.status).toBeLessThan(300);
    const plan = await until("the plan comment", () =>
      bot(pr).find((b) => b.includes("<!-- plagentic:plan:staging -->")),
    );
    expect(plan).toContain("Plan: 2 to add, 0 to change, 0 to destroy");

    await post("issue_comment", comment(pr, "rita", "/plagentic apply staging"), "d-2");
    await until("the refusal", () => bot(pr).find((b) => /needs write access/.test(b)));

    // A new commit; an approval of the old one applies nothing.
    gh.commitFiles(OWNER, REPO, "feature", { "docs.md": "more" });
    await post(
      "pull_request",
      {
        action: "synchronize",
        number: pr,
        pull_request: gh.pullRequest(pr),
        repository: gh.repository(),
        sender: { login: "alice" },
      },
      "d-3",
    );
    await until("the stale banner", () => bot(pr).find((b) => /This plan is stale/.test(b)));
    await post("pull_request_review", review(pr, "bob", oldHead), "d-4");
    // Re-plan the head so the next approval has a current plan.
    await post("issue_comment", comment(pr, "alice", "/plagentic plan staging"), "d-5");
    await until("the new plan", () =>
      bot(pr).find((b) => b.includes("<!-- plagentic:plan:staging -->") && !/This plan is stale/.test(b)),
    );
    expect(gh.deployments()).toEqual([]);

    const head = (gh.pullRequest(pr)["head"] as { sha: string }).sha;
    const approval = review(pr, "bob", head);
    await post("pull_request_review", approval, "d-6");
    await until("the apply result", () => bot(pr).find((b) => /Apply complete!/.test(b)));
    expect(gh.deployments()).toHaveLength(1);

    // The same delivery again applies nothing more.
    const again = await post("pull_request_review", approval, "d-6");
    expect(again.status).toBeLessThan(300);
    await new Promise((r) => setTimeout(r, 500));
    expect(gh.deployments()).toHaveLength(1);
    expect(bot(pr).filter((b) => /Apply complete!/.test(b))).toHaveLength(1);
  }, 60_000);

  it("shuts down gracefully on SIGTERM", async () => {
    const exited = new Promise<number | null>((ok) => serve.child.once("exit", (code) => ok(code)));
    serve.child.kill("SIGTERM");
    expect(await exited).toBe(0);
  }, 20_000);
});
