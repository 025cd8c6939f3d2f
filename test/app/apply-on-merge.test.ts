/**
 * `approvals.apply_on: merge` through the App (a real Probot against the fake GitHub, the real
 * sandbox cloud): the check that branch protection requires, the apply from the merge commit, and
 * every way a merge must apply nothing.
 */
import Database from "better-sqlite3";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { decodeRecord, stickyHeader } from "../../src/github/markers.js";
import {
  botComments,
  commentPayload,
  CONFIG,
  OWNER,
  openPullRequest,
  pullRequestPayload,
  recordBinding,
  REPO,
  reviewPayload,
  smallSpec,
  startApp,
  type AppHarness,
} from "../helpers/github-app.js";

const MERGE_CONFIG = CONFIG.replace("required: 1", "required: 1\n  apply_on: merge");
const LOCK = "refs/plagentic/locks/staging";

let h: AppHarness;

beforeEach(async () => {
  h = await startApp({ files: { "config.yaml": MERGE_CONFIG, "environments/staging.yaml": smallSpec() } });
  h.gh.setPermission("alice", "write");
  h.gh.setPermission("bob", "write");
  h.gh.setPermission("mallory", "admin");
});

afterEach(async () => {
  expect(h.errors).toEqual([]);
  await h.close();
});

function record(number: number) {
  const sticky = botComments(h, number).find((b) => b.includes("<!-- plagentic:plan:staging -->"));
  return sticky ? decodeRecord(sticky, recordBinding(number)) : null;
}

/** The latest `plagentic/staging` check run on the pull request's head: [status, conclusion]. */
function check(number: number): [unknown, unknown] {
  const head = (h.gh.pullRequest(number)["head"] as { sha: string }).sha;
  const run = h.gh
    .checkRuns()
    .filter((c) => c["name"] === "plagentic/staging" && c["head_sha"] === head)
    .at(-1);
  return [run?.["status"], run?.["conclusion"]];
}

const applyComplete = (number: number) =>
  botComments(h, number).filter((b) => /Apply complete! Resources: 2 added/.test(b)).length;

async function plan(files: Record<string, string>, branch = "more"): Promise<number> {
  const pr = openPullRequest(h, branch, files);
  await h.deliver("issue_comment", commentPayload(h, pr, "alice", "/plagentic plan staging"));
  expect(record(pr)).toMatchObject({ status: "planned", hasChanges: true });
  return pr;
}

async function mergeAndDeliver(number: number): Promise<string> {
  const sha = h.gh.mergePullRequest(number);
  await h.deliver("pull_request", pullRequestPayload(h, number, "closed", "alice"));
  return sha;
}

describe("apply on merge (App)", () => {
  it("holds the check until approved, passes it without applying, and applies once on merge", async () => {
    const pr = await plan({ "environments/staging.yaml": smallSpec("t3.medium") });
    expect(botComments(h, pr)[0]).toMatch(/then merge; Plagentic applies it when the PR merges/);
    // In progress, never `neutral`: GitHub's required checks count a neutral conclusion as passing.
    expect(check(pr)).toEqual(["in_progress", null]);

    await h.deliver("pull_request_review", reviewPayload(h, pr, "bob", "APPROVED"));
    expect(check(pr)).toEqual(["completed", "success"]);
    expect(h.gh.deployments()).toEqual([]);

    // Changes requested after the approval take the check back; approving again passes it.
    await h.deliver("pull_request_review", reviewPayload(h, pr, "mallory", "CHANGES_REQUESTED"));
    expect(check(pr)).toEqual(["in_progress", null]);
    await h.deliver("pull_request_review", reviewPayload(h, pr, "mallory", "APPROVED"));
    expect(check(pr)).toEqual(["completed", "success"]);

    // Neither the command nor the button applies before the merge.
    await h.deliver("issue_comment", commentPayload(h, pr, "bob", "/plagentic apply staging"));
    expect(botComments(h, pr).at(-1)).toMatch(/this repository applies when the pull request merges/i);
    await h.deliver("check_run", {
      action: "requested_action",
      requested_action: { identifier: "apply" },
      check_run: { external_id: "staging", pull_requests: [{ number: pr }] },
      repository: h.gh.repository(),
      sender: { login: "bob", type: "User" },
      installation: { id: h.gh.installationId },
    });
    expect(botComments(h, pr).at(-1)).toMatch(/applies when the pull request merges/i);
    expect(h.gh.deployments()).toEqual([]);
    expect(record(pr)?.status).toBe("planned");

    const mergeSha = await mergeAndDeliver(pr);
    expect(applyComplete(pr)).toBe(1);
    expect(h.gh.deployments()).toHaveLength(1);
    expect(h.gh.deployments()[0]).toMatchObject({ sha: mergeSha, environment: "staging" });
    expect((h.gh.deployments()[0]!["statuses"] as { state: string }[]).at(-1)?.state).toBe("success");
    expect(record(pr)?.status).toBe("applied");
    expect(check(pr)).toEqual(["completed", "success"]);
    expect(h.gh.refs()[LOCK]).toBeUndefined();

    // A redelivered `closed` event finds the plan applied: nothing runs twice.
    await h.deliver("pull_request", pullRequestPayload(h, pr, "closed", "alice"));
    expect(applyComplete(pr)).toBe(1);
    expect(h.gh.deployments()).toHaveLength(1);
  });

  it("gives every opened pull request the check, so requiring it cannot block one that changes nothing", async () => {
    const docs = openPullRequest(h, "docs", { "docs/notes.md": "hello\n" });
    await h.deliver("pull_request", pullRequestPayload(h, docs, "opened"));
    expect(check(docs)).toEqual(["completed", "success"]);

    const change = openPullRequest(h, "change", { "environments/staging.yaml": smallSpec("t3.medium") });
    await h.deliver("pull_request", pullRequestPayload(h, change, "opened"));
    expect(check(change)).toEqual(["in_progress", null]);
    expect(h.gh.checkRuns().at(-1)?.["output"]).toMatchObject({
      summary: expect.stringMatching(/changes the spec; comment `\/plagentic plan staging`/),
    });

    await h.deliver("pull_request", pullRequestPayload(h, change, "reopened"));
    expect(check(change)).toEqual(["in_progress", null]);
  });

  it("passes the check of a plan made after the approvals it needs", async () => {
    const pr = openPullRequest(h, "late", { "environments/staging.yaml": smallSpec("t3.medium") });
    await h.deliver("pull_request_review", reviewPayload(h, pr, "bob", "APPROVED"));
    await h.deliver("issue_comment", commentPayload(h, pr, "alice", "/plagentic plan staging"));
    expect(check(pr)).toEqual(["completed", "success"]);
    await mergeAndDeliver(pr);
    expect(applyComplete(pr)).toBe(1);
  });

  it("unlocking discards an approved plan and takes its check back, so merging applies nothing", async () => {
    const pr = await plan({ "environments/staging.yaml": smallSpec("t3.medium") });
    await h.deliver("pull_request_review", reviewPayload(h, pr, "bob", "APPROVED"));
    expect(check(pr)).toEqual(["completed", "success"]);
    await h.deliver("issue_comment", commentPayload(h, pr, "alice", "/plagentic unlock staging"));
    expect(record(pr)?.status).toBe("discarded");
    expect(check(pr)).toEqual(["in_progress", null]);
    await mergeAndDeliver(pr);
    expect(h.gh.deployments()).toEqual([]);
  });

  it("refuses a merge commit whose spec differs from the approved head's, and applies nothing", async () => {
    // The pull request leaves the spec alone; main changes it after the plan was approved.
    const pr = await plan({ "docs/notes.md": "why staging exists\n" });
    await h.deliver("pull_request_review", reviewPayload(h, pr, "bob", "APPROVED"));
    expect(check(pr)).toEqual(["completed", "success"]);
    h.gh.commitFiles(OWNER, REPO, "main", { "environments/staging.yaml": smallSpec("m5.large") });

    const mergeSha = await mergeAndDeliver(pr);
    expect(h.gh.fileAt(OWNER, REPO, mergeSha, "environments/staging.yaml")).toContain("m5.large");
    expect(applyComplete(pr)).toBe(0);
    expect(botComments(h, pr).at(-1)).toMatch(
      /Merged, but the plan for `staging` was \*\*not applied\*\*: the plan made from the merge commit is not the approved one/,
    );
    expect((h.gh.deployments()[0]!["statuses"] as { state: string }[]).at(-1)?.state).toBe("failure");
    expect(record(pr)?.status).toBe("stale");
    expect(h.gh.refs()[LOCK]).toBeUndefined();
    expect(h.gh.issues()).toEqual([]);
  });

  it("a failed apply opens an issue and keeps the lock, which /plagentic unlock on the issue releases", async () => {
    const pr = await plan({ "environments/staging.yaml": smallSpec("t3.medium") });
    await h.deliver("pull_request_review", reviewPayload(h, pr, "bob", "APPROVED"));
    // The sandbox cloud refuses to create instances from now on: the VPC applies, the instance fails.
    const db = new Database(join(h.dataDir, OWNER, REPO, ".plagentic", "state.db"));
    db.exec(
      "CREATE TRIGGER no_instances BEFORE INSERT ON sandbox_resources WHEN NEW.type = 'aws_instance' " +
        "BEGIN SELECT RAISE(ABORT, 'InsufficientInstanceCapacity'); END",
    );
    db.close();

    await mergeAndDeliver(pr);
    const [issue, ...others] = h.gh.issues();
    expect(others).toEqual([]);
    expect(issue?.["title"]).toBe(`Apply of \`staging\` failed after merging #${pr}`);
    expect(issue?.["body"]).toMatch(/InsufficientInstanceCapacity/);
    expect(issue?.["body"]).toContain("`/plagentic unlock staging`");
    expect(record(pr)?.status).toBe("failed");
    expect(botComments(h, pr).at(-1)).toMatch(
      new RegExp(`stays locked by this pull request: follow up in #${String(issue?.["number"])}`),
    );
    expect(check(pr)).toEqual(["completed", "failure"]);
    expect(h.gh.refs()[LOCK]).toBeDefined();

    // Delivered again, the closed event neither opens a second issue nor releases the lock.
    await h.deliver("pull_request", pullRequestPayload(h, pr, "closed", "alice"));
    expect(h.gh.issues()).toHaveLength(1);
    expect(h.gh.refs()[LOCK]).toBeDefined();

    // Another pull request cannot plan staging until someone has looked and unlocked it.
    const next = openPullRequest(h, "next", { "environments/staging.yaml": smallSpec("t3.large") });
    await h.deliver("issue_comment", commentPayload(h, next, "alice", "/plagentic plan staging"));
    expect(botComments(h, next).at(-1)).toMatch(new RegExp(`locked by .*#${pr}`));

    const number = Number(issue?.["number"]);
    await h.deliver("issue_comment", commentPayload(h, number, "alice", "/plagentic unlock staging"));
    expect(h.gh.refs()[LOCK]).toBeUndefined();
    expect(botComments(h, number).at(-1)).toMatch(/Released the lock held by #\d+/);
  });

  it("an apply that stops on an unexpected error is treated as failed: issue, lock kept", async () => {
    const pr = await plan({ "environments/staging.yaml": smallSpec("t3.medium") });
    await h.deliver("pull_request_review", reviewPayload(h, pr, "bob", "APPROVED"));
    h.gh.failNext({
      method: "POST",
      path: /\/deployments\/\d+\/statuses$/,
      status: 502,
      message: "Bad Gateway",
    });
    await mergeAndDeliver(pr);
    expect(h.errors).toHaveLength(1); // the job reports the crash to the App's log as well
    h.errors.length = 0;
    expect(h.gh.issues()).toHaveLength(1);
    expect(h.gh.issues()[0]?.["body"]).toMatch(/an unexpected error/);
    expect(record(pr)?.status).toBe("failed");
    expect(h.gh.refs()[LOCK]).toBeDefined();
  });

  it("a plan an earlier delivery claimed and never finished is reported and stays locked", async () => {
    const pr = await plan({ "environments/staging.yaml": smallSpec("t3.medium") });
    await h.deliver("pull_request_review", reviewPayload(h, pr, "bob", "APPROVED"));
    // As a process that died right after claiming the plan leaves it: `applying`.
    const sticky = h.gh
      .comments(pr)
      .find((c) => String(c["body"]).startsWith("<!-- plagentic:plan:staging -->"))!;
    const claimed = { ...record(pr)!, status: "applying" as const };
    const body = [stickyHeader(claimed, recordBinding(pr)), ...String(sticky["body"]).split("\n").slice(2)];
    h.gh.addUserToken("as-the-bot", h.gh.botLogin);
    const patched = await fetch(
      `${h.gh.url}/repos/${OWNER}/${REPO}/issues/comments/${String(sticky["id"])}`,
      {
        method: "PATCH",
        headers: { authorization: "token as-the-bot", "content-type": "application/json" },
        body: JSON.stringify({ body: body.join("\n") }),
      },
    );
    expect(patched.status).toBe(200);
    expect(record(pr)?.status).toBe("applying");

    await mergeAndDeliver(pr);
    expect(h.gh.deployments()).toEqual([]);
    expect(h.gh.issues()[0]?.["body"]).toMatch(/interrupted before it finished/);
    expect(record(pr)?.status).toBe("failed");
    expect(h.gh.refs()[LOCK]).toBeDefined();
  });

  it("judges a merge by approvals.rules: one approval does not pass a plan a rule asks two for", async () => {
    const rules = `${MERGE_CONFIG}  rules:\n    - name: two eyes more\n      require: { approvals: 2 }\n`;
    h.gh.commitFiles(OWNER, REPO, "main", { "config.yaml": rules });
    const pr = await plan({ "environments/staging.yaml": smallSpec("t3.medium") });
    await h.deliver("pull_request_review", reviewPayload(h, pr, "bob", "APPROVED"));
    expect(check(pr)).toEqual(["in_progress", null]);
    await mergeAndDeliver(pr);
    expect(h.gh.deployments()).toEqual([]);
    expect(applyComplete(pr)).toBe(0);
    expect(botComments(h, pr).at(-1)).toMatch(
      /\*\*not applied\*\*: it was not approved: 1 of 2 approvals .*rule `two eyes more`/,
    );
  });

  it("a pull request merged without approval applies nothing and says why", async () => {
    const pr = await plan({ "environments/staging.yaml": smallSpec("t3.medium") });
    await mergeAndDeliver(pr);
    expect(h.gh.deployments()).toEqual([]);
    expect(applyComplete(pr)).toBe(0);
    expect(botComments(h, pr).at(-1)).toMatch(
      /\*\*not applied\*\*: it was not approved: 0 of 1 approval .*1 more needed/,
    );
    expect(record(pr)?.status).toBe("discarded");
    expect(check(pr)).toEqual(["completed", "failure"]);
    expect(h.gh.refs()[LOCK]).toBeUndefined();

    // Approving the merged pull request afterwards applies nothing either.
    await h.deliver("pull_request_review", reviewPayload(h, pr, "bob", "APPROVED"));
    await h.deliver("pull_request", pullRequestPayload(h, pr, "closed", "alice"));
    expect(h.gh.deployments()).toEqual([]);
  });

  it("a pull request closed without merging applies nothing, even approved", async () => {
    const pr = await plan({ "environments/staging.yaml": smallSpec("t3.medium") });
    await h.deliver("pull_request_review", reviewPayload(h, pr, "bob", "APPROVED"));
    const before = botComments(h, pr).length;
    h.gh.updatePullRequest(pr, { state: "closed" });
    await h.deliver("pull_request", pullRequestPayload(h, pr, "closed", "alice"));
    expect(h.gh.deployments()).toEqual([]);
    expect(botComments(h, pr)).toHaveLength(before);
    expect(record(pr)?.status).toBe("planned");
    expect(h.gh.refs()[LOCK]).toBeUndefined();
  });
});
