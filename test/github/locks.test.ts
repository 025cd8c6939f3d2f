import { Octokit } from "@octokit/rest";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { GitHubClient, RepoRef } from "../../src/github/client.js";
import {
  createLocks,
  lockMessage,
  parseLockMessage,
  type LockHolder,
  type Locks,
} from "../../src/github/locks.js";
import { octokitClient } from "../../src/github/octokit-client.js";
import { startFakeGitHub, type FakeGitHub } from "../helpers/fake-github.js";

const repo: RepoRef = { owner: "acme", repo: "infra" };
const log = { debug() {}, info() {}, warn() {}, error() {} };

describe("environment locks on git refs", () => {
  let gh: FakeGitHub;
  let client: GitHubClient;
  let locks: Locks;
  let shaA: string;
  let shaB: string;

  beforeEach(async () => {
    gh = await startFakeGitHub();
    gh.addRepo({ ...repo, files: { "environments/staging.yaml": "environment: staging\n" } });
    shaA = gh.commitFiles("acme", "infra", "a", {
      "environments/staging.yaml": "environment: staging\n#a\n",
    });
    shaB = gh.commitFiles("acme", "infra", "b", {
      "environments/staging.yaml": "environment: staging\n#b\n",
    });
    gh.addPullRequest({ user: "alice", head: "a" });
    gh.addPullRequest({ user: "bob", head: "b" });
    client = octokitClient(new Octokit({ auth: "ghs_test", baseUrl: gh.apiUrl, log }));
    locks = createLocks(client, repo);
  });
  afterEach(async () => {
    await gh.close();
  });

  const holder = (pr: number, environment = "staging"): LockHolder => ({
    pr,
    environment,
    user: pr === 1 ? "alice" : "bob",
    headSha: pr === 1 ? shaA : shaB,
    url: `${gh.url}/acme/infra/pull/${pr}`,
    at: "2024-05-01T10:00:00.000Z",
  });

  it("acquires, reports the holder, and releases", async () => {
    expect(await locks.get("staging")).toBeNull();
    expect(await locks.acquire("staging", holder(1))).toEqual({ acquired: true });
    expect(await locks.get("staging")).toEqual(holder(1));

    // The lock is a parentless commit on the PR head's tree, under refs/plagentic/locks/.
    const sha = gh.refs()["refs/plagentic/locks/staging"]!;
    const commit = gh.commit(sha)!;
    expect(commit.parents).toEqual([]);
    expect(commit.tree).toBe(gh.commit(shaA)!.tree);
    expect(commit.message).toBe(lockMessage(holder(1)));

    expect(await locks.release("staging", 1)).toBe(true);
    expect(await locks.get("staging")).toBeNull();
    expect(await locks.release("staging", 1)).toBe(false);
  });

  it("refuses a second PR with the holder, and lets the holder's PR re-acquire", async () => {
    await locks.acquire("staging", holder(1));
    expect(await locks.acquire("staging", holder(2))).toEqual({ acquired: false, heldBy: holder(1) });
    expect(await locks.acquire("staging", { ...holder(1), headSha: shaA, at: "later" })).toEqual({
      acquired: true,
    });
    expect(await locks.release("staging", 2)).toBe(false);
    expect(await locks.get("staging")).toEqual(holder(1));
  });

  it("gives exactly one winner when two PRs race", async () => {
    const results = await Promise.all([
      locks.acquire("staging", holder(1)),
      locks.acquire("staging", holder(2)),
    ]);
    const winners = results.filter((r) => r.acquired);
    expect(winners).toHaveLength(1);
    const loser = results.find((r) => !r.acquired);
    const current = await locks.get("staging");
    expect(loser).toEqual({ acquired: false, heldBy: current });
    expect(current!.pr).toBe(results[0]!.acquired ? 1 : 2);
  });

  it("keeps environments independent and releases all of a PR's locks at once", async () => {
    await locks.acquire("staging", holder(1));
    await locks.acquire("prod", holder(1, "prod"));
    await locks.acquire("dev", holder(2, "dev"));
    expect(await locks.releaseAllForPr(1, ["staging", "prod", "dev", "qa"])).toEqual(["staging", "prod"]);
    expect(await locks.get("staging")).toBeNull();
    expect(await locks.get("prod")).toBeNull();
    expect((await locks.get("dev"))!.pr).toBe(2);
  });

  it("force-releases whoever holds it, and tolerates nothing to release", async () => {
    await locks.acquire("staging", holder(2));
    await locks.forceRelease("staging");
    expect(await locks.get("staging")).toBeNull();
    await locks.forceRelease("staging");
    expect(await locks.acquire("staging", holder(1))).toEqual({ acquired: true });
  });

  it("treats a lock whose message does not parse as held by an unknown holder, never stolen", async () => {
    const tree = gh.commit(shaA)!.tree;
    const junk = await client.createCommit(repo, { message: "someone else's ref", tree, parents: [] });
    await client.createRef(repo, "refs/plagentic/locks/staging", junk);
    const unknown = { pr: 0, environment: "staging", user: "unknown", headSha: "", url: "", at: "" };
    expect(await locks.get("staging")).toEqual(unknown);
    expect(await locks.acquire("staging", holder(1))).toEqual({ acquired: false, heldBy: unknown });
    expect(await locks.release("staging", 1)).toBe(false);
    expect(gh.refs()["refs/plagentic/locks/staging"]).toBe(junk);
  });

  it("refuses environment names that cannot be a ref", async () => {
    await expect(locks.acquire("../main", { ...holder(1), environment: "../main" })).rejects.toThrow(
      /cannot name a lock/,
    );
    await expect(locks.acquire("prod", holder(1))).rejects.toThrow(/names staging, not prod/);
  });
});

describe("parseLockMessage", () => {
  it("round-trips a holder and rejects malformed ones", () => {
    const h: LockHolder = { pr: 3, environment: "qa", user: "u", headSha: "s", url: "x", at: "t" };
    expect(parseLockMessage("qa", lockMessage(h))).toEqual(h);
    expect(parseLockMessage("qa", `${lockMessage(h)}\n`)).toEqual(h);
    for (const bad of ["plagentic lock\n\n{not json", 'plagentic lock\n\n{"pr":"3"}', "other\n\n{}", ""])
      expect(parseLockMessage("qa", bad)).toMatchObject({ pr: 0, user: "unknown" });
  });
});
