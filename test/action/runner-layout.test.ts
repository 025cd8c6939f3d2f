/**
 * The Action as a runner really gets it: the repository's tracked files at a ref, with no
 * node_modules anywhere, run by the runner's Node 24. Only here does the bundle meet the built-in
 * `node:sqlite` store (everywhere else better-sqlite3 is installed), and only here would a module
 * that the bundle reaches for but does not carry show up.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBundledAction } from "../helpers/action-runner.js";
import { startFakeGitHub, type FakeGitHub } from "../helpers/fake-github.js";
import { GCP_NETWORK_SPEC } from "../helpers/cloud-specs.js";
import { CONFIG, OWNER, REPO, smallSpec } from "../helpers/github-app.js";

const BOT = "github-actions[bot]";
const root = new URL("../../", import.meta.url).pathname;

// The pinned Node 24 that scripts/toolchain.sh installs, which CI always has; elsewhere the Node
// running the tests stands in, and says so.
const pinned = join(root, ".tools/node/bin/node");
const node = existsSync(pinned) ? pinned : process.execPath;
if (node !== pinned)
  console.warn(`runner layout: ${pinned} is missing, running the bundle on ${process.version}`);
const nodeVersion = execFileSync(node, ["--version"], { encoding: "utf8" }).trim();

describe("the Action from a runner's copy of the repository", () => {
  let gh: FakeGitHub;
  let action: string;
  let work: string;

  beforeAll(async () => {
    // What `uses: owner/plagentic@ref` downloads: tracked files only (in CI, a clean clone). Files
    // not yet added but not ignored count too, so that a fresh build can be tried before its commit.
    action = mkdtempSync(join(tmpdir(), "plagentic-runner-action-"));
    const listing = ["ls-files", "-z", "--cached", "--others", "--exclude-standard"];
    const tracked = execFileSync("git", listing, { cwd: root, encoding: "utf8" }).split("\0");
    for (const file of tracked.filter(Boolean)) {
      if (!existsSync(join(root, file))) continue; // deleted in the work tree, not yet committed
      mkdirSync(dirname(join(action, file)), { recursive: true });
      copyFileSync(join(root, file), join(action, file));
    }
    work = mkdtempSync(join(tmpdir(), "plagentic-runner-work-"));
    gh = await startFakeGitHub({ botLogin: BOT });
    gh.addRepo({
      owner: OWNER,
      repo: REPO,
      files: {
        "config.yaml": CONFIG,
        "environments/staging.yaml": smallSpec(),
        "environments/analytics.yaml": GCP_NETWORK_SPEC,
      },
    });
    gh.setPermission("alice", "write");
    gh.setPermission("bob", "write");
  });

  afterAll(async () => {
    await gh.close();
    rmSync(action, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  const runAction = (eventName: string, payload: object) =>
    runBundledAction({ gh, work, eventName, payload, entry: join(action, "dist/index.js"), node });

  const bot = (number: number) =>
    gh
      .comments(number)
      .filter((c) => (c["user"] as { login: string }).login === BOT)
      .map((c) => String(c["body"]));

  const commentOn = (pr: number, user: string, body: string) => ({
    action: "created",
    issue: { number: pr, pull_request: { url: "x" }, user: { login: user }, labels: [] },
    comment: gh.addComment(pr, { user, body }),
    repository: gh.repository(),
    sender: { login: user, type: "User" },
  });

  it("has no node_modules to lean on, and runs on Node 24 in CI", () => {
    for (let dir = action; dir !== dirname(dir); dir = dirname(dir)) {
      expect(existsSync(join(dir, "node_modules")), `${dir}/node_modules`).toBe(false);
    }
    expect(readdirSync(join(action, "dist"))).toContain("index.js");
    if (process.env["CI"]) expect(nodeVersion).toMatch(/^v24\./);
  });

  it("plans and applies on approval, keeping its state in node:sqlite", async () => {
    gh.commitFiles(OWNER, REPO, "feature", { "environments/staging.yaml": smallSpec("t3.medium") });
    const pr = gh.addPullRequest({ user: "alice", head: "feature" });
    const planned = await runAction("issue_comment", commentOn(pr, "alice", "/plagentic plan staging"));
    expect(planned.stderr).not.toMatch(/Cannot find (module|package)|ERR_MODULE_NOT_FOUND|Error/);
    expect(planned.code).toBe(0);
    expect(planned.outputs["has-changes"]).toBe("true");
    expect(bot(pr)[0]).toContain("Plan: 2 to add");

    const head = (gh.pullRequest(pr)["head"] as { sha: string }).sha;
    gh.addReview(pr, { user: "bob", state: "APPROVED", commitId: head });
    const applied = await runAction("pull_request_review", {
      action: "submitted",
      review: { user: { login: "bob", type: "User" }, state: "approved", commit_id: head },
      pull_request: gh.pullRequest(pr),
      repository: gh.repository(),
      sender: { login: "bob", type: "User" },
    });
    expect(applied.stderr).not.toMatch(/Cannot find (module|package)|ERR_MODULE_NOT_FOUND/);
    expect(applied.code).toBe(0);
    expect(applied.outputs["applied"]).toBe("true");
    expect(bot(pr).some((b) => /Apply complete! Resources: 2 added/.test(b))).toBe(true);

    // The plan found at approval came from the store the first run wrote, in the workspace.
    const stores = readdirSync(join(work, ".plagentic")).filter((f) => /\.(db|sqlite)$/.test(f));
    expect(stores.length).toBeGreaterThan(0);
  }, 60_000);

  it("says plainly that the GCP client is not in the bundle", async () => {
    const pr = gh.addPullRequest({ user: "alice", head: "feature" });
    const r = await runAction("issue_comment", commentOn(pr, "alice", "/plagentic plan analytics"));
    expect(r.stderr).not.toMatch(/ERR_MODULE_NOT_FOUND/);
    const reply = bot(pr).join("\n");
    expect(reply).toMatch(/the gcp provider needs (@google-cloud\/compute|google-auth-library)/);
    expect(reply).toContain("left out by `npm install --omit=optional` and by the GitHub Action bundle");
  }, 60_000);
});
