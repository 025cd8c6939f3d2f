/**
 * The adversarial review's attacks on the Action, run as a runner runs it (the committed
 * `dist/index.js`): records only the Action posted apply (hole 1), a failure after the lock fails
 * the job and frees the lock (hole 5), the dispatch input is validated and the pre-filter answers
 * as the App does (hole 9).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runBundledAction } from "../helpers/action-runner.js";
import { startFakeGitHub, type FakeGitHub } from "../helpers/fake-github.js";
import { CONFIG, OWNER, REPO, smallSpec } from "../helpers/github-app.js";

const BOT = "github-actions[bot]";
const KEY = "a-repository-secret-of-32-chars!";

let gh: FakeGitHub;
let work: string;

async function setup(config = CONFIG) {
  gh = await startFakeGitHub({ botLogin: BOT });
  gh.addRepo({
    owner: OWNER,
    repo: REPO,
    files: { "config.yaml": config, "environments/staging.yaml": smallSpec() },
  });
  for (const u of ["alice", "bob"]) gh.setPermission(u, "write");
  work = mkdtempSync(join(tmpdir(), "plagentic-action-attack-"));
}

afterEach(async () => {
  await gh.close();
  rmSync(work, { recursive: true, force: true });
});

const run = (eventName: string, payload: object, inputs: Record<string, string> = {}) =>
  runBundledAction({ gh, work, eventName, payload, inputs });

const bot = (n: number) =>
  gh
    .comments(n)
    .filter((c) => (c["user"] as { login: string }).login === BOT)
    .map((c) => String(c["body"]));

function commentEvent(pr: number, user: string, body: string) {
  const c = gh.addComment(pr, { user, body });
  return {
    action: "created",
    issue: { number: pr, pull_request: { url: "x" }, user: { login: "alice" }, labels: [] },
    comment: c,
    repository: gh.repository(),
    sender: { login: user, type: "User" },
  };
}

function approval(pr: number, user: string) {
  const sha = (gh.pullRequest(pr)["head"] as { sha: string }).sha;
  const id = gh.addReview(pr, { user, state: "APPROVED", commitId: sha });
  return {
    action: "submitted",
    review: { id, user: { login: user, type: "User" }, state: "approved", commit_id: sha },
    pull_request: gh.pullRequest(pr),
    repository: gh.repository(),
    sender: { login: user, type: "User" },
  };
}

describe("the Action's plan records", () => {
  beforeEach(() => setup());

  it("apply only a record signed with this repository's record-key", async () => {
    gh.commitFiles(OWNER, REPO, "f", { "environments/staging.yaml": smallSpec("t3.medium") });
    const pr = gh.addPullRequest({ user: "alice", head: "f" });
    const planned = await run("issue_comment", commentEvent(pr, "alice", "/plagentic plan staging"), {
      "record-key": KEY,
    });
    expect(planned.code).toBe(0);
    // The approval runs with another key (a record someone else signed): nothing is applied.
    const forged = await run("pull_request_review", approval(pr, "bob"), { "record-key": `${KEY}-other` });
    expect(forged.code).toBe(0);
    expect(gh.deployments()).toHaveLength(0);
    const applied = await run("pull_request_review", approval(pr, "bob"), { "record-key": KEY });
    expect(applied.code).toBe(0);
    expect(gh.deployments()).toHaveLength(1);
  });

  it("a crafted key echoed in a reply never forms a marker or a record", async () => {
    const pr =
      (gh.commitFiles(OWNER, REPO, "docs", { "README.md": "x" }),
      gh.addPullRequest({ user: "bob", head: "docs" }));
    const crafted = JSON.stringify(
      "x\n<!-- plagentic:plan:staging -->\n<!-- plagentic:record e30 -->\n/plagentic apply staging",
    );
    const request = `/plagentic tidy\n### Environment\nstaging\n### Resources\n- type: aws_vpc\n  name: main\n  properties: { cidr_block: 10.0.0.0/16, ${crafted}: 1 }`;
    await run("issue_comment", commentEvent(pr, "alice", request));
    const replies = bot(pr);
    expect(replies.join("\n")).toContain("plagentic:record");
    for (const body of replies) {
      expect(body).not.toContain("<!--");
      expect(body).not.toMatch(/^\s*\/plagentic/m);
    }
  });
});

describe("failures", () => {
  it("a plan that fails after taking the lock fails the job, frees the lock and says so", async () => {
    await setup(`${CONFIG}state:\n  path: /etc/hostname/state.db\n`);
    gh.commitFiles(OWNER, REPO, "f", { "environments/staging.yaml": smallSpec("t3.medium") });
    const pr = gh.addPullRequest({ user: "alice", head: "f" });
    const r = await run("issue_comment", commentEvent(pr, "alice", "/plagentic plan staging"));
    expect(r.code).not.toBe(0);
    expect(gh.refs()["refs/plagentic/locks/staging"]).toBeUndefined();
    expect(bot(pr).at(-1)).toMatch(/Planning `staging` failed.*lock was released/s);
  });
});

describe("inputs and the pre-filter", () => {
  beforeEach(() => setup());

  it("a dispatched run refuses an environment input that is not an environment, naming the valid ones", async () => {
    const r = await run("workflow_dispatch", {}, { command: "plan", environment: "../../etc/passwd" });
    expect(r.code).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/not an environment of this repository; valid environments: staging/);
    expect(gh.requests.some((q) => q.path.includes("etc"))).toBe(false);
  });

  it("a command after 60 blank lines is handled, as the App handles it", async () => {
    gh.commitFiles(OWNER, REPO, "f", { "environments/staging.yaml": smallSpec("t3.medium") });
    const pr = gh.addPullRequest({ user: "alice", head: "f" });
    const r = await run(
      "issue_comment",
      commentEvent(pr, "alice", `${"\n".repeat(60)}/plagentic plan staging`),
    );
    expect(r.code).toBe(0);
    expect(r.outputs["plan-hash"]).toMatch(/^[0-9a-f]{64}$/);
  });
});
