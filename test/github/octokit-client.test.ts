import { getOctokit } from "@actions/github";
import { Octokit } from "@octokit/rest";
import type Nock from "nock";
import { ProbotOctokit } from "probot";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { GitHubClient, RepoRef } from "../../src/github/client.js";
import { GitHubApiError, octokitClient, type OctokitLike } from "../../src/github/octokit-client.js";
import { startFakeGitHub, type FakeGitHub } from "../helpers/fake-github.js";

const TOKEN = "ghs_0123456789abcdefghijklmnopqrstuvwxyz";
/** Octokit logs every failed request; the tests provoke failures on purpose. */
const log = { debug() {}, info() {}, warn() {}, error() {} };
const repo: RepoRef = { owner: "acme", repo: "infra" };

// Compile-time proof that each face's Octokit fits the port without a cast.
const faces: Record<string, OctokitLike> = {
  rest: new Octokit(),
  probot: new ProbotOctokit(),
  actions: getOctokit("unused"),
};

describe("OctokitLike", () => {
  it("is satisfied by @octokit/rest, ProbotOctokit and @actions/github", () => {
    for (const octokit of Object.values(faces)) {
      expect(typeof octokit.rest.pulls.listReviews).toBe("function");
      expect(typeof octokit.paginate).toBe("function");
    }
  });
});

describe("octokitClient against the fake GitHub (@octokit/rest, GHE-style /api/v3)", () => {
  let gh: FakeGitHub;
  let client: GitHubClient;

  beforeEach(async () => {
    gh = await startFakeGitHub();
    gh.addRepo({
      ...repo,
      files: {
        "config.yaml": "github: {}\n",
        "environments/staging.yaml": "environment: staging\n",
        "environments/prod.yaml": "environment: prod\n",
        "environments/archive/old.yaml": "environment: old\n",
      },
    });
    client = octokitClient(new Octokit({ auth: TOKEN, baseUrl: gh.apiUrl, log }));
  });
  afterEach(async () => {
    await gh.close();
  });

  function openPr(author = "alice"): { number: number; head: string } {
    const head = gh.commitFiles("acme", "infra", "feature", {
      "environments/staging.yaml": "environment: staging\n# edited\n",
    });
    return { number: gh.addPullRequest({ user: author, head: "feature", title: "Grow staging" }), head };
  }

  it("creates, lists, reads, edits and closes issues, leaving pull requests out of the list", async () => {
    openPr();
    const made = await client.createIssue(repo, {
      title: "Drift in staging",
      body: "body",
      labels: ["drift"],
    });
    gh.addIssue({ user: "alice", title: "Something else" });
    expect((await client.listIssues(repo, { state: "open" })).map((i) => i.title)).toEqual([
      "Something else",
      "Drift in staging",
    ]);
    const labelled = await client.listIssues(repo, {
      state: "open",
      labels: ["drift"],
      creator: "plagentic[bot]",
    });
    expect(labelled).toEqual([
      {
        number: made.number,
        title: "Drift in staging",
        body: "body",
        state: "open",
        user: "plagentic[bot]",
        userType: "Bot",
        labels: ["drift"],
        htmlUrl: made.htmlUrl,
      },
    ]);
    await client.updateIssue(repo, made.number, { body: "new body", state: "closed" });
    expect(await client.getIssue(repo, made.number)).toMatchObject({ body: "new body", state: "closed" });
    expect(await client.listIssues(repo, { state: "open", labels: ["drift"] })).toEqual([]);
  });

  it("lists refs under a prefix and reads a merged pull request's merge commit", async () => {
    const { number, head } = openPr();
    expect(await client.createRef(repo, "refs/plagentic/previews/staging-pr-1", head)).toBe(true);
    expect(await client.createRef(repo, "refs/plagentic/locks/staging", head)).toBe(true);
    expect(await client.listMatchingRefs(repo, "plagentic/previews/")).toEqual([
      { ref: "refs/plagentic/previews/staging-pr-1", sha: head },
    ]);
    const merge = gh.mergePullRequest(number);
    expect(await client.getPullRequest(repo, number)).toMatchObject({ merged: true, mergeCommitSha: merge });
    expect(gh.fileAt("acme", "infra", merge, "environments/staging.yaml")).toBe(
      "environment: staging\n# edited\n",
    );
    expect(gh.commit(merge)?.parents).toEqual([expect.any(String), head]);
  });

  it("maps collaborator roles, including maintain and triage, and a 404 to none", async () => {
    for (const p of ["admin", "maintain", "write", "triage", "read"] as const) gh.setPermission(`u-${p}`, p);
    for (const p of ["admin", "maintain", "write", "triage", "read"] as const)
      expect(await client.getPermission(repo, `u-${p}`)).toBe(p);
    expect(await client.getPermission(repo, "stranger")).toBe("none");
    expect(gh.requests.at(-1)).toMatchObject({
      path: "/repos/acme/infra/collaborators/stranger/permission",
      status: 404,
    });
  });

  it("counts only active team membership", async () => {
    gh.addTeamMember("acme", "platform", "alice");
    gh.addTeamMember("acme", "platform", "bob", "pending");
    expect(await client.isTeamMember("acme", "platform", "alice")).toBe(true);
    expect(await client.isTeamMember("acme", "platform", "bob")).toBe(false);
    expect(await client.isTeamMember("acme", "platform", "carol")).toBe(false);
  });

  it("reads the default branch, files and directories at a ref", async () => {
    expect(await client.getDefaultBranch(repo)).toBe("main");
    const { head } = openPr();
    expect(await client.getFile(repo, "environments/staging.yaml", "main")).toBe("environment: staging\n");
    expect(await client.getFile(repo, "environments/staging.yaml", head)).toBe(
      "environment: staging\n# edited\n",
    );
    expect(await client.getFile(repo, "environments/missing.yaml", "main")).toBeNull();
    expect(await client.getFile(repo, "environments", "main")).toBeNull();
    expect(await client.listDirectory(repo, "environments", "feature")).toEqual([
      "prod.yaml",
      "staging.yaml",
    ]);
    expect(await client.listDirectory(repo, "nowhere", "main")).toEqual([]);
    expect(await client.listDirectory(repo, "config.yaml", "main")).toEqual([]);
  });

  it("reads a file over 1 MB through the blob API", async () => {
    const big = `# ${"x".repeat(1024 * 1024 + 10)}\n`;
    gh.commitFiles("acme", "infra", "main", { "big.yaml": big });
    expect(await client.getFile(repo, "big.yaml", "main")).toBe(big);
    expect(gh.requests.some((r) => r.path.startsWith("/repos/acme/infra/git/blobs/"))).toBe(true);
  });

  it("reads a pull request, from the same repository and from a fork", async () => {
    const { number, head } = openPr();
    expect(await client.getPullRequest(repo, number)).toEqual({
      number,
      state: "open",
      merged: false,
      author: "alice",
      headSha: head,
      headRef: "feature",
      headRepoFullName: "acme/infra",
      baseRef: "main",
      htmlUrl: `${gh.url}/acme/infra/pull/${number}`,
      title: "Grow staging",
      mergeCommitSha: null,
    });
    const fork = gh.addPullRequest({ user: "mallory", head: "evil", fork: "mallory", headSha: head });
    gh.updatePullRequest(number, { merged: true });
    expect((await client.getPullRequest(repo, fork)).headRepoFullName).toBe("mallory/infra");
    expect(await client.getPullRequest(repo, number)).toMatchObject({ state: "closed", merged: true });
  });

  it("returns every review across three pages, oldest first", async () => {
    const { number, head } = openPr();
    for (let i = 0; i < 250; i++)
      gh.addReview(number, { user: `reviewer${i}`, state: i === 249 ? "APPROVED" : "COMMENTED" });
    const reviews = await client.listReviews(repo, number);
    expect(reviews).toHaveLength(250);
    expect(reviews[0]).toMatchObject({ user: "reviewer0", state: "COMMENTED", commitId: head });
    expect(reviews[249]).toMatchObject({ user: "reviewer249", state: "APPROVED", commitId: head });
    expect(typeof reviews[249]!.submittedAt).toBe("string");
    const pages = gh.requests.filter((r) => r.path === `/repos/acme/infra/pulls/${number}/reviews`);
    expect(pages.map((r) => r.query.page ?? "1")).toEqual(["1", "2", "3"]);
  });

  it("returns every comment across pages and writes comments as the bot", async () => {
    const { number } = openPr();
    for (let i = 0; i < 120; i++) gh.addComment(number, { user: "alice", body: `comment ${i}` });
    const created = await client.createIssueComment(repo, number, "plan for staging");
    expect(created).toMatchObject({ user: "plagentic[bot]", userType: "Bot", body: "plan for staging" });
    expect(created.htmlUrl).toBe(`${gh.url}/acme/infra/pull/${number}#issuecomment-${created.id}`);
    const all = await client.listIssueComments(repo, number);
    expect(all).toHaveLength(121);
    expect(all[0]).toMatchObject({ user: "alice", userType: "User", body: "comment 0" });
    expect(all.at(-1)!.id).toBe(created.id);

    const updated = await client.updateIssueComment(repo, created.id, "plan for staging (updated)");
    expect(updated.body).toBe("plan for staging (updated)");
    expect((await client.getIssueComment(repo, created.id)).body).toBe("plan for staging (updated)");
    await client.addReaction(repo, all[0]!.id, "eyes");
    expect(gh.reactions(all[0]!.id)).toMatchObject([{ content: "eyes", user: { login: "plagentic[bot]" } }]);
  });

  it("creates a pull request and names GitHub's reason when one already exists", async () => {
    gh.commitFiles("acme", "infra", "plagentic/staging", {
      "environments/staging.yaml": "environment: staging\n#x\n",
    });
    const pr = await client.createPullRequest(repo, {
      title: "Add workers",
      body: "From issue #1",
      head: "plagentic/staging",
      base: "main",
    });
    expect(pr.htmlUrl).toBe(`${gh.url}/acme/infra/pull/${pr.number}`);
    expect(await client.getPullRequest(repo, pr.number)).toMatchObject({
      author: "plagentic[bot]",
      title: "Add workers",
    });
    const again = client.createPullRequest(repo, {
      title: "x",
      body: "",
      head: "plagentic/staging",
      base: "main",
    });
    await expect(again).rejects.toThrow(
      /create pull request from plagentic\/staging failed \(HTTP 422\).*already exists/,
    );
  });

  it("creates and updates check runs with output and actions", async () => {
    const { head } = openPr();
    const { id } = await client.createCheckRun(repo, {
      name: "plagentic/staging",
      headSha: head,
      status: "in_progress",
      title: "Planning",
      summary: "Planning staging…",
      externalId: "staging",
      actions: [{ label: "Apply", description: "Apply this plan", identifier: "apply:staging" }],
    });
    await client.updateCheckRun(repo, id, {
      status: "completed",
      conclusion: "success",
      title: "Plan: 2 to add",
      summary: "ok",
      text: "details",
    });
    expect(gh.checkRuns()).toMatchObject([
      {
        id,
        name: "plagentic/staging",
        head_sha: head,
        status: "completed",
        conclusion: "success",
        external_id: "staging",
        output: { title: "Plan: 2 to add", summary: "ok", text: "details" },
        actions: [{ label: "Apply", identifier: "apply:staging" }],
      },
    ]);
    await expect(client.updateCheckRun(repo, id, { text: "only text" })).rejects.toThrow(/title and summary/);
  });

  it("sets commit statuses, trimming descriptions to GitHub's 140 characters", async () => {
    const { head } = openPr();
    await client.createCommitStatus(repo, {
      sha: head,
      state: "pending",
      context: "plagentic/staging",
      description: "d".repeat(200),
      targetUrl: "https://example.test/run",
    });
    const [status] = gh.statuses();
    expect(status).toMatchObject({ sha: head, state: "pending", context: "plagentic/staging" });
    expect((status!.description as string).length).toBe(140);
  });

  it("creates a deployment that our own pending status does not block, and its statuses", async () => {
    const { head } = openPr();
    await client.createCommitStatus(repo, {
      sha: head,
      state: "pending",
      context: "plagentic/staging",
      description: "",
    });
    // What GitHub does without `required_contexts: []`: the pending status blocks the deployment.
    const raw = new Octokit({ auth: TOKEN, baseUrl: gh.apiUrl, log });
    await expect(
      raw.rest.repos.createDeployment({ ...repo, ref: "feature", environment: "staging" }),
    ).rejects.toMatchObject({
      status: 409,
    });

    const { id } = await client.createDeployment(repo, {
      ref: "feature",
      environment: "staging",
      description: "apply plan abc",
      payload: { planHash: "abc" },
    });
    await client.createDeploymentStatus(repo, id, { state: "in_progress", description: "applying" });
    await client.createDeploymentStatus(repo, id, {
      state: "success",
      description: "applied",
      logUrl: "https://l.test",
    });
    const [deployment] = gh.deployments();
    expect(deployment).toMatchObject({ id, sha: head, environment: "staging", payload: { planHash: "abc" } });
    expect((deployment!.statuses as { state: string }[]).map((s) => s.state)).toEqual([
      "in_progress",
      "success",
    ]);
    expect(
      gh.requests.find((r) => r.path === "/repos/acme/infra/deployments" && r.status === 201)?.body,
    ).toMatchObject({
      auto_merge: false,
      required_contexts: [],
    });
  });

  it("creates refs atomically: an existing ref yields false, deletion is idempotent", async () => {
    const main = gh.branchSha("acme", "infra", "main")!;
    expect(await client.getRef(repo, "heads/main")).toBe(main);
    expect(await client.getRef(repo, "plagentic/locks/staging")).toBeNull();
    expect(await client.createRef(repo, "refs/plagentic/locks/staging", main)).toBe(true);
    expect(await client.createRef(repo, "plagentic/locks/staging", main)).toBe(false);
    expect(await client.getRef(repo, "refs/plagentic/locks/staging")).toBe(main);
    await client.deleteRef(repo, "plagentic/locks/staging");
    await client.deleteRef(repo, "plagentic/locks/staging");
    expect(gh.refs()["refs/plagentic/locks/staging"]).toBeUndefined();
    await expect(client.createRef(repo, "refs/plagentic/locks/x", "0".repeat(40))).rejects.toThrow(
      /create ref refs\/plagentic\/locks\/x failed \(HTTP 422\): Object does not exist/,
    );
  });

  it("creates a parentless commit on an existing tree and reads it back", async () => {
    const main = gh.branchSha("acme", "infra", "main")!;
    const { tree } = await client.getCommit(repo, main);
    const sha = await client.createCommit(repo, { message: "plagentic lock\n\n{}", tree, parents: [] });
    expect(await client.getCommit(repo, sha)).toEqual({ message: "plagentic lock\n\n{}", tree });
    expect(gh.commit(sha)?.parents).toEqual([]);
  });

  it("creates and updates a file on a branch as one commit each", async () => {
    gh.addBranch("acme", "infra", "edit");
    expect(await client.getFileSha(repo, "environments/new.yaml", "edit")).toBeNull();
    const first = await client.putFile(repo, {
      path: "environments/new.yaml",
      branch: "edit",
      content: "environment: new\n",
      message: "Add new",
    });
    expect(gh.branchSha("acme", "infra", "edit")).toBe(first);
    const sha = await client.getFileSha(repo, "environments/new.yaml", "edit");
    expect(sha).toMatch(/^[0-9a-f]{40}$/);
    await expect(
      client.putFile(repo, {
        path: "environments/new.yaml",
        branch: "edit",
        content: "x",
        message: "no sha",
      }),
    ).rejects.toThrow(/write environments\/new.yaml on edit failed \(HTTP 422\).*sha/s);
    const second = await client.putFile(repo, {
      path: "environments/new.yaml",
      branch: "edit",
      content: "environment: new\n# two\n",
      message: "Update new",
      sha: sha!,
    });
    expect(gh.commit(second)?.parents).toEqual([first]);
    expect(gh.fileAt("acme", "infra", "edit", "environments/new.yaml")).toBe("environment: new\n# two\n");
    expect(gh.fileAt("acme", "infra", "main", "environments/new.yaml")).toBeNull();
  });

  it("wraps failures with the operation and GitHub's message, never the token", async () => {
    const { number } = openPr();
    gh.failNext({ method: "GET", path: /\/pulls\/\d+$/, status: 500, message: `boom, token ${TOKEN}` });
    const err = await client.getPullRequest(repo, number).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubApiError);
    expect((err as GitHubApiError).status).toBe(500);
    expect((err as Error).message).toMatch(/^GitHub get pull request #\d+ failed \(HTTP 500\): boom/);
    expect((err as Error).message).not.toContain(TOKEN);
    await expect(client.getIssueComment(repo, 999_999)).rejects.toThrow(
      /get comment 999999 failed \(HTTP 404\): Not Found/,
    );
  });
});

describe("octokitClient through @actions/github (GITHUB_API_URL style, no prefix)", () => {
  let gh: FakeGitHub;
  beforeAll(async () => {
    gh = await startFakeGitHub({ botLogin: "github-actions[bot]" });
    gh.addRepo({ ...repo, files: { "environments/staging.yaml": "environment: staging\n" } });
  });
  afterAll(async () => {
    await gh.close();
  });

  it("reads and writes through getOctokit", async () => {
    const client = octokitClient(getOctokit(TOKEN, { baseUrl: gh.url, log }));
    const number = gh.addIssue({ user: "alice", title: "add two workers" });
    expect(await client.getFile(repo, "environments/staging.yaml", "main")).toBe("environment: staging\n");
    const comment = await client.createIssueComment(repo, number, "on it");
    expect(comment.user).toBe("github-actions[bot]");
    expect(gh.requests.every((r) => r.prefix === "")).toBe(true);
  });
});

describe("octokitClient with Probot's ProbotOctokit under nock", () => {
  // Loaded here, not at the top: once active, nock 15 (seen on Node 20) breaks global fetch requests
  // with a body to hosts it lets through (the fake GitHub above), failing them with "unusable".
  let nock: typeof Nock;
  beforeAll(async () => {
    nock = (await import("nock")).default;
    if (!nock.isActive()) nock.activate();
    nock.disableNetConnect();
  });
  afterAll(() => {
    nock.cleanAll();
    nock.enableNetConnect();
    nock.restore();
  });

  it("pages reviews and posts a check run through the same adapter", async () => {
    const api = "https://api.github.com";
    const review = (id: number, state: string) => ({
      id,
      user: { login: `r${id}`, type: "User" },
      state,
      commit_id: "abc",
      submitted_at: "2024-01-01T00:00:00Z",
    });
    const scope = nock(api)
      .get("/repos/acme/infra/pulls/7/reviews")
      .query({ per_page: "100" })
      .reply(200, [review(1, "COMMENTED")], {
        link: `<${api}/repos/acme/infra/pulls/7/reviews?per_page=100&page=2>; rel="next"`,
      })
      .get("/repos/acme/infra/pulls/7/reviews")
      .query({ per_page: "100", page: "2" })
      .reply(200, [review(2, "APPROVED")])
      .get("/repos/acme/infra/collaborators/r9/permission")
      .reply(200, { permission: "write", role_name: "deployer" })
      .post("/repos/acme/infra/check-runs")
      .reply(async (request: Request) => {
        const body = (await request.json()) as { name: string; head_sha: string; output: { title: string } };
        expect(request.headers.get("authorization")).toBe(`token ${TOKEN}`);
        expect(body).toMatchObject({ name: "plagentic/staging", head_sha: "abc", output: { title: "Plan" } });
        return [201, { id: 42 }];
      });

    const Probotish = ProbotOctokit.defaults({ retry: { enabled: false }, throttle: { enabled: false } });
    const client = octokitClient(new Probotish({ auth: { token: TOKEN }, log }));
    const reviews = await client.listReviews(repo, 7);
    expect(reviews.map((r) => [r.user, r.state])).toEqual([
      ["r1", "COMMENTED"],
      ["r2", "APPROVED"],
    ]);
    // A custom repository role counts by its base permission.
    expect(await client.getPermission(repo, "r9")).toBe("write");
    const run = await client.createCheckRun(repo, {
      name: "plagentic/staging",
      headSha: "abc",
      status: "completed",
      conclusion: "success",
      title: "Plan",
      summary: "ok",
    });
    expect(run.id).toBe(42);
    expect(scope.pendingMocks()).toEqual([]);
    expect(nock.pendingMocks()).toEqual([]);
  });
});
