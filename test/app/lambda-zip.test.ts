/**
 * A pull request whose spec names a Lambda zip, through the App against the fake GitHub: the zip
 * is read at the PR's head (never the default branch, never the disk), its hash is in the plan,
 * a push that changes only the zip is an update, and a bad path is reported at its line.
 */
import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { decodeRecord } from "../../src/github/markers.js";
import {
  botComments,
  commentPayload,
  CONFIG,
  OWNER,
  openPullRequest,
  recordBinding,
  REPO,
  reviewPayload,
  startApp,
  type AppHarness,
} from "../helpers/github-app.js";

const spec = (filename: string) => `environment: staging
provider: sandbox
region: us-east-1
resources:
  - type: aws_lambda_function
    name: api
    properties:
      role: arn:aws:iam::123456789012:role/exec
      runtime: nodejs20.x
      handler: index.handler
      filename: ${filename}
`;

let h: AppHarness;
beforeEach(async () => {
  h = await startApp({
    files: {
      "config.yaml": CONFIG,
      "environments/staging.yaml": spec("functions/api.zip"),
      "functions/api.zip": "default branch zip",
    },
  });
  h.gh.setPermission("alice", "write");
  h.gh.setPermission("bob", "write");
});
afterEach(async () => {
  expect(h.errors).toEqual([]);
  await h.close();
});

const sticky = (pr: number) => botComments(h, pr).find((b) => b.includes("<!-- plagentic:plan:staging -->"));
const headSha = (pr: number) => (h.gh.pullRequest(pr)["head"] as { sha: string }).sha;
const zipReads = () =>
  h.gh.requests.filter((r) => r.method === "GET" && r.path.endsWith("/contents/functions/api.zip"));

describe("a Lambda zip on a pull request", () => {
  it("is read at the head, planned by its hash, applied, and a push of only the zip is an update", async () => {
    const pr = openPullRequest(h, "fn", { "functions/api.zip": "head zip v1" });
    await h.deliver("issue_comment", commentPayload(h, pr, "alice", "/plagentic plan staging"));
    expect(sticky(pr)).toContain("Plan: 1 to add, 0 to change, 0 to destroy");
    expect(zipReads().map((r) => r.query["ref"])).toEqual([headSha(pr)]);

    await h.deliver("pull_request_review", reviewPayload(h, pr, "bob", "APPROVED"));
    expect(botComments(h, pr).some((b) => /Apply complete! Resources: 1 added/.test(b))).toBe(true);
    // Apply read the zip again, at the head the plan was made at.
    expect(zipReads().map((r) => r.query["ref"])).toEqual([headSha(pr), headSha(pr)]);

    h.gh.commitFiles(OWNER, REPO, "fn", { "functions/api.zip": "head zip v2" }, "new code");
    await h.deliver("issue_comment", commentPayload(h, pr, "alice", "/plagentic plan staging"));
    const comment = sticky(pr)!;
    expect(comment).toContain("Plan: 0 to add, 1 to change, 0 to destroy");
    expect(comment).toContain("source_code_hash");
    expect(comment).toContain(createHash("sha256").update("head zip v2").digest("base64"));
    expect(decodeRecord(comment, recordBinding(pr))?.headSha).toBe(headSha(pr));
  });

  it("reports a path out of the repository, and a zip missing at the head, at the spec's line", async () => {
    const pr = openPullRequest(h, "bad", { "environments/staging.yaml": spec("../outside.zip") });
    await h.deliver("issue_comment", commentPayload(h, pr, "alice", "/plagentic plan staging"));
    expect(botComments(h, pr).join("\n")).toContain(
      "environments/staging.yaml:11:17: resources[0].properties.filename: ../outside.zip: leaves the repository (..); keep the file inside it",
    );
    expect(zipReads()).toEqual([]);

    const missing = openPullRequest(h, "gone", { "environments/staging.yaml": spec("functions/gone.zip") });
    await h.deliver("issue_comment", commentPayload(h, missing, "alice", "/plagentic plan staging"));
    expect(botComments(h, missing).join("\n")).toContain(
      `environments/staging.yaml:11:17: resources[0].properties.filename: functions/gone.zip: does not exist at ${headSha(missing).slice(0, 12)}`,
    );
  });
});
