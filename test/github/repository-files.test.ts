/**
 * Repository files at a commit through the real Octokit against the fake GitHub (small files,
 * files over 1 MB served by the blob API, the bound, directories), and the job protocol that
 * asks the face for the files a spec names, across a thread boundary.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Octokit } from "@octokit/rest";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import type { GitHubClient, RepoRef } from "../../src/github/client.js";
import { octokitClient } from "../../src/github/octokit-client.js";
import { gitHubRepositoryFiles, withRepositoryFiles } from "../../src/github/repository-files.js";
import { defaultConfig } from "../../src/config/loader.js";
import {
  rebuildError,
  RepositoryFilesNeeded,
  runPlanJob,
  serializeError,
  type PlanJob,
} from "../../src/plan/jobs.js";
import { SpecError } from "../../src/spec/errors.js";
import { startFakeGitHub, type FakeGitHub } from "../helpers/fake-github.js";

const repo: RepoRef = { owner: "acme", repo: "infra" };
const log = { debug() {}, info() {}, warn() {}, error() {} };
const big = "x".repeat(1024 * 1024 + 10);
const spec = `environment: fn
provider: sandbox
region: us-east-1
resources:
  - type: aws_lambda_function
    name: api
    properties:
      role: arn:aws:iam::123456789012:role/exec
      runtime: nodejs20.x
      handler: index.handler
      filename: functions/api.zip
`;

let gh: FakeGitHub;
let client: GitHubClient;
let head: string;
beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addRepo({ ...repo, files: { "functions/api.zip": "zip at main", "functions/big.zip": big } });
  head = gh.commitFiles(repo.owner, repo.repo, "feature", { "functions/api.zip": "zip at head" });
  client = octokitClient(new Octokit({ auth: "ghs_test", baseUrl: gh.apiUrl, log }));
});
afterEach(async () => {
  await gh.close();
});

describe("repository files through the GitHub API", () => {
  it("reads a file's bytes at the commit asked for, also past the contents API's 1 MB", async () => {
    const files = gitHubRepositoryFiles(client, repo, head);
    expect(Buffer.from(await files.read("./functions/api.zip", 100)).toString()).toBe("zip at head");
    expect((await files.read("functions/big.zip", 2 * 1024 * 1024)).byteLength).toBe(big.length);
    expect(gh.requests.some((r) => r.path.includes("/git/blobs/"))).toBe(true);
  });

  it("refuses a file over the bound without downloading it, a directory, a missing file and a path out", async () => {
    const files = gitHubRepositoryFiles(client, repo, head);
    const before = gh.requests.length;
    await expect(files.read("functions/big.zip", 1024 * 1024)).rejects.toThrow(
      "functions/big.zip: is over 1,048,576 bytes; the limit is 1,048,576 bytes",
    );
    expect(gh.requests.slice(before).filter((r) => r.path.includes("/git/blobs/"))).toEqual([]);
    await expect(files.read("functions", 100)).rejects.toThrow("functions: is not a regular file");
    await expect(files.read("functions/none.zip", 100)).rejects.toThrow(
      `functions/none.zip: does not exist at ${head.slice(0, 12)}`,
    );
    const calls = gh.requests.length;
    await expect(files.read("../other-repo/x.zip", 100)).rejects.toThrow("leaves the repository");
    expect(gh.requests.length).toBe(calls);
  });
});

describe("a plan job whose spec names files", () => {
  // A directory of its own: a shared fixed path would carry another checkout's store schema.
  const dir = mkdtempSync(join(tmpdir(), "plagentic-jobs-test-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const job = (): PlanJob => ({
    config: defaultConfig(dir),
    cwd: dir,
    env: {},
    repository: "acme/infra",
    spec: { name: "fn", file: "environments/fn.yaml", text: spec },
    commit: head,
    destroy: false,
  });

  it("asks for them, in an error that survives a thread, and plans once given them", async () => {
    const asked = await runPlanJob(job()).catch((e: unknown) => e);
    expect(asked).toBeInstanceOf(RepositoryFilesNeeded);
    const crossed = rebuildError(structuredClone(serializeError(asked)));
    expect(crossed).toBeInstanceOf(RepositoryFilesNeeded);
    expect((crossed as RepositoryFilesNeeded).files).toEqual([
      { path: "functions/api.zip", maxBytes: 50 * 1024 * 1024 },
    ]);

    const runs: PlanJob[] = [];
    const out = await withRepositoryFiles(client, repo, head, job(), (j) => {
      runs.push(j);
      return runPlanJob(j);
    });
    expect(runs.map((j) => Object.keys(j.spec.files ?? {}))).toEqual([[], ["functions/api.zip"]]);
    expect(out.plan.summary).toEqual({ add: 1, change: 0, destroy: 0 });
    expect(createHash("sha256").update("zip at head").digest("base64")).toBe(
      createHash("sha256")
        .update(Buffer.from(runs[1]!.spec.files!["functions/api.zip"] as Uint8Array))
        .digest("base64"),
    );
  });

  it("reports a file the face could not read at the spec's line", async () => {
    const text = spec.replace("functions/api.zip", "functions/none.zip");
    const refused = await withRepositoryFiles(
      client,
      repo,
      head,
      { ...job(), spec: { ...job().spec, text } },
      runPlanJob,
    ).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SpecError);
    expect((refused as Error).message).toBe(
      `environments/fn.yaml:11:17: resources[0].properties.filename: functions/none.zip: does not exist at ${head.slice(0, 12)}`,
    );
  });
});
