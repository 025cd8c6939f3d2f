/**
 * Preview environments through the Action, run as a runner runs it (`node dist/index.js`) against
 * the fake GitHub, on the sandbox cloud in the runner's workspace.
 */
import { Octokit } from "@octokit/rest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { octokitClient } from "../../src/github/octokit-client.js";
import { createPreviewRegistry } from "../../src/github/preview-registry.js";
import { Workspace } from "../../src/plan/workspace.js";
import { checkedEnvironment } from "../../src/spec/load.js";
import { openStore } from "../../src/store/store.js";
import { runBundledAction } from "../helpers/action-runner.js";
import { startFakeGitHub, type FakeGitHub } from "../helpers/fake-github.js";
import { CONFIG, OWNER, REPO } from "../helpers/github-app.js";
import { PREVIEW_CONFIG, previewSpec } from "../helpers/previews.js";

const BOT = "github-actions[bot]";

let gh: FakeGitHub;
let work: string;
let parentRows: unknown[];

function rows(environment: string): { id: string; type: string; tags: Record<string, string> }[] {
  const store = openStore(join(work, ".plagentic", "state.db"));
  try {
    return (
      store.db
        .prepare("SELECT id, type, attributes, tags FROM sandbox_resources WHERE environment = ? ORDER BY id")
        .all(environment) as { id: string; type: string; tags: string }[]
    ).map((r) => ({ ...r, tags: JSON.parse(r.tags) as Record<string, string> }));
  } finally {
    store.close();
  }
}

const bot = (number: number) =>
  gh
    .comments(number)
    .filter((c) => (c["user"] as { login: string }).login === BOT)
    .map((c) => String(c["body"]));

const run = (eventName: string, payload: object) => runBundledAction({ gh, work, eventName, payload });

function comment(pr: number, user: string, body: string) {
  const c = gh.addComment(pr, { user, body });
  return run("issue_comment", {
    action: "created",
    issue: { number: pr, pull_request: { url: "x" }, user: { login: "alice" }, labels: [] },
    comment: c,
    repository: gh.repository(),
    sender: { login: user, type: "User" },
  });
}

const closed = (pr: number) =>
  run("pull_request", {
    action: "closed",
    number: pr,
    pull_request: gh.pullRequest(pr),
    repository: gh.repository(),
    sender: { login: "alice", type: "User" },
  });

function openPreviewPr(branch: string, instanceType: string): number {
  gh.commitFiles(OWNER, REPO, branch, { "environments/staging.yaml": previewSpec(instanceType) });
  return gh.addPullRequest({ user: "alice", head: branch });
}

beforeAll(async () => {
  gh = await startFakeGitHub({ botLogin: BOT });
  gh.addRepo({
    owner: OWNER,
    repo: REPO,
    files: { "config.yaml": `${CONFIG}${PREVIEW_CONFIG}`, "environments/staging.yaml": previewSpec() },
  });
  gh.setPermission("alice", "write");
  gh.setPermission("rita", "read");
  work = mkdtempSync(join(tmpdir(), "plagentic-action-previews-"));
  const ws = await Workspace.open({
    cwd: work,
    repository: `${OWNER}/${REPO}`,
    statePath: join(work, ".plagentic", "state.db"),
  });
  const env = checkedEnvironment(previewSpec(), "staging.yaml", "staging");
  await ws.apply(env, { expectedHash: (await ws.plan(env)).plan.hash });
  await ws.close();
  parentRows = rows("staging");
});

afterAll(async () => {
  expect(rows("staging")).toEqual(parentRows);
  await gh.close();
  rmSync(work, { recursive: true, force: true });
});

describe("/plagentic preview through the Action", () => {
  it("creates a priced preview beside its parent and destroys it when the PR is closed", async () => {
    const pr = openPreviewPr("bigger", "t3.medium");
    const name = `staging-pr-${pr}`;
    const made = await comment(pr, "alice", "/plagentic preview staging");
    expect(made.stderr).not.toMatch(/Error/);
    expect(made.code).toBe(0);
    expect(made.outputs["applied"]).toBe("true");
    expect(bot(pr)[0]).toMatch(/\$\d+\.\d{4} per hour, \$[\d.]+ per month/);
    const preview = rows(name);
    expect(preview).toHaveLength(5);
    expect(preview.every((r) => r.tags["plagentic:environment"] === name)).toBe(true);
    expect(rows("staging")).toEqual(parentRows);
    expect(gh.refs()[`refs/plagentic/previews/${name}`]).toBeDefined();

    const gone = await closed(pr);
    expect(gone.code).toBe(0);
    expect(rows(name)).toEqual([]);
    expect(gh.refs()[`refs/plagentic/previews/${name}`]).toBeUndefined();
    expect(bot(pr).at(-1)).toContain("this pull request was closed");
  }, 60_000);

  it("destroys the preview on merge", async () => {
    const pr = openPreviewPr("merged", "t3.small");
    const name = `staging-pr-${pr}`;
    await comment(pr, "alice", "/plagentic preview staging");
    expect(rows(name)).toHaveLength(5);
    gh.mergePullRequest(pr);
    await closed(pr);
    expect(rows(name)).toEqual([]);
    expect(bot(pr).at(-1)).toContain("this pull request was merged");
  }, 60_000);

  it("destroys a preview on a scheduled run once its TTL has run out", async () => {
    const pr = openPreviewPr("ttl", "t3.micro");
    const name = `staging-pr-${pr}`;
    await comment(pr, "alice", "/plagentic preview staging");
    const registry = createPreviewRegistry(
      octokitClient(
        new Octokit({
          auth: "ghs_test",
          baseUrl: gh.url,
          log: { debug() {}, info() {}, warn() {}, error() {} },
        }),
      ),
      { owner: OWNER, repo: REPO },
    );
    const entry = (await registry.get(name))!;
    // The runner's clock is real: the entry is made to have expired instead.
    const past = new Date(Date.now() - 60_000).toISOString();
    await registry.put({ ...entry, createdAt: past, expiresAt: past }, entry.headSha);

    const tick = await run("schedule", { schedule: "0 * * * *" });
    expect(tick.code).toBe(0);
    expect(rows(name)).toEqual([]);
    expect(await registry.get(name)).toBeNull();
    expect(bot(pr).at(-1)).toContain("time to live");
    expect(tick.summary).toContain(`Destroyed preview \`${name}\``);
  }, 60_000);

  it("does not apply a preview over its cost cap; refuses other environments and read-only users", async () => {
    const pr = openPreviewPr("huge", "m5.4xlarge");
    const name = `staging-pr-${pr}`;
    const capped = await comment(pr, "alice", "/plagentic preview staging");
    expect(capped.outputs["applied"]).toBe("false");
    expect(bot(pr)[0]).toMatch(/Not applied:.*over `previews\.max_monthly_cost`/);
    expect(rows(name)).toEqual([]);

    await comment(pr, "alice", "/plagentic preview production");
    expect(bot(pr).at(-1)).toMatch(/`production` cannot be previewed/);
    await comment(pr, "rita", "/plagentic preview staging");
    expect(bot(pr).at(-1)).toMatch(/needs write access/);
  }, 60_000);
});
