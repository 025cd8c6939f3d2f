import { generateKeyPairSync } from "node:crypto";
import { createProbot, ProbotOctokit } from "probot";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFakeGitHub, type FakeGitHub } from "../helpers/fake-github.js";

const TOKEN = "ghs_faketoken";
const auth = { authorization: `token ${TOKEN}`, "content-type": "application/json" };

describe("fake GitHub", () => {
  let gh: FakeGitHub;
  beforeEach(async () => {
    gh = await startFakeGitHub({ pageSize: 30 });
    gh.addRepo({
      owner: "acme",
      repo: "infra",
      files: { "a/one.yaml": "1", "a/b/two.yaml": "2", "top.md": "t" },
    });
  });
  afterEach(async () => {
    await gh.close();
  });

  const get = async (path: string, headers: Record<string, string> = auth) => {
    const res = await fetch(`${gh.url}${path}`, { headers });
    return { status: res.status, link: res.headers.get("link"), body: (await res.json()) as unknown };
  };
  const send = async (
    method: string,
    path: string,
    body: unknown,
    headers: Record<string, string> = auth,
  ) => {
    const res = await fetch(`${gh.url}${path}`, { method, headers, body: JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as Record<string, unknown> };
  };

  it("serves the API both under /api/v3 and without a prefix, and logs each request", async () => {
    const ghe = await get("/api/v3/repos/acme/infra");
    const plain = await get("/repos/acme/infra");
    expect(ghe.body).toEqual(plain.body);
    expect(ghe.body).toMatchObject({
      full_name: "acme/infra",
      default_branch: "main",
      owner: { login: "acme" },
    });
    expect(gh.requests.map((r) => [r.prefix, r.path, r.actor, r.status, r.matched])).toEqual([
      ["/api/v3", "/repos/acme/infra", "plagentic[bot]", 200, true],
      ["", "/repos/acme/infra", "plagentic[bot]", 200, true],
    ]);
  });

  it("answers unknown things with GitHub's 404 body and flags unmatched routes", async () => {
    expect(await get("/repos/acme/nope")).toMatchObject({
      status: 404,
      body: { message: "Not Found", documentation_url: expect.any(String), status: "404" },
    });
    await get("/repos/acme/infra/not-an-endpoint");
    expect(gh.requests.at(-1)).toMatchObject({ status: 404, matched: false });
  });

  it("pages lists with per_page/page and Link headers", async () => {
    const pr = gh.addPullRequest({ user: "alice", head: gh.addBranch("acme", "infra", "f") && "f" });
    for (let i = 0; i < 65; i++) gh.addComment(pr, { user: "alice", body: `c${i}` });
    const first = await get(`/api/v3/repos/acme/infra/issues/${pr}/comments`);
    expect((first.body as unknown[]).length).toBe(30);
    expect(first.link).toContain(
      `<${gh.apiUrl}/repos/acme/infra/issues/${pr}/comments?per_page=30&page=2>; rel="next"`,
    );
    expect(first.link).toContain('page=3>; rel="last"');
    const last = await get(`/repos/acme/infra/issues/${pr}/comments?per_page=30&page=3`);
    expect((last.body as { body: string }[]).map((c) => c.body)).toEqual(["c60", "c61", "c62", "c63", "c64"]);
    expect(last.link).toContain('rel="prev"');
    expect(last.link).not.toContain('rel="next"');
    const all = await get(`/repos/acme/infra/issues/${pr}/comments?per_page=100`);
    expect((all.body as unknown[]).length).toBe(65);
    expect(all.link).toBeNull();
  });

  it("serves files and directory listings at branches and SHAs", async () => {
    const base = gh.branchSha("acme", "infra", "main")!;
    const edited = gh.commitFiles("acme", "infra", "edit", { "a/one.yaml": "uno", "top.md": null });
    const file = await get("/repos/acme/infra/contents/a%2Fone.yaml?ref=edit");
    expect(file.body).toMatchObject({
      type: "file",
      name: "one.yaml",
      path: "a/one.yaml",
      encoding: "base64",
    });
    expect(Buffer.from((file.body as { content: string }).content, "base64").toString()).toBe("uno");
    const dir = await get(`/repos/acme/infra/contents/a?ref=${base}`);
    expect((dir.body as { name: string; type: string }[]).map((e) => [e.name, e.type])).toEqual([
      ["b", "dir"],
      ["one.yaml", "file"],
    ]);
    expect((await get("/repos/acme/infra/contents/top.md?ref=edit")).status).toBe(404);
    expect(gh.fileAt("acme", "infra", base, "top.md")).toBe("t");
    expect(gh.commit(edited)!.parents).toEqual([base]);
  });

  it("requires authentication to write and identifies the writer", async () => {
    const pr = gh.addIssue({ user: "alice", title: "t" });
    const anonymous = await send("POST", `/repos/acme/infra/issues/${pr}/comments`, { body: "x" }, {});
    expect(anonymous).toMatchObject({ status: 401, body: { message: "Requires authentication" } });
    const bot = await send("POST", `/repos/acme/infra/issues/${pr}/comments`, { body: "from the bot" });
    expect(bot.body.user).toMatchObject({ login: "plagentic[bot]", type: "Bot" });
    gh.addUserToken("ghp_alice", "alice");
    const human = { ...auth, authorization: "token ghp_alice" };
    const person = await send("POST", `/repos/acme/infra/issues/${pr}/comments`, { body: "me" }, human);
    expect(person.body.user).toMatchObject({ login: "alice", type: "User" });
    expect(gh.comments(pr).map((c) => c.body)).toEqual(["from the bot", "me"]);
    const sha = gh.branchSha("acme", "infra", "main");
    const check = await send("POST", "/repos/acme/infra/check-runs", { name: "n", head_sha: sha }, human);
    expect(check).toMatchObject({
      status: 403,
      body: { message: "You must authenticate via a GitHub App." },
    });
  });

  it("validates check runs the way GitHub does", async () => {
    const sha = gh.branchSha("acme", "infra", "main");
    const action = { label: "Apply", description: "d", identifier: "apply" };
    const tooMany = await send("POST", "/repos/acme/infra/check-runs", {
      name: "n",
      head_sha: sha,
      actions: [action, action, action, action],
    });
    expect(tooMany.status).toBe(422);
    const noConclusion = await send("POST", "/repos/acme/infra/check-runs", {
      name: "n",
      head_sha: sha,
      status: "completed",
    });
    expect(noConclusion.status).toBe(422);
    const unknownSha = await send("POST", "/repos/acme/infra/check-runs", {
      name: "n",
      head_sha: "f".repeat(40),
    });
    expect(unknownSha.status).toBe(422);
    const ok = await send("POST", "/repos/acme/infra/check-runs", {
      name: "n",
      head_sha: sha,
      conclusion: "neutral",
    });
    expect(ok).toMatchObject({ status: 201, body: { status: "completed", conclusion: "neutral" } });
    expect(gh.checkRuns()).toHaveLength(1);
  });

  it("keeps refs: atomic create, fast-forward updates, deletes", async () => {
    const main = gh.branchSha("acme", "infra", "main")!;
    const next = gh.commitFiles("acme", "infra", "main", { "x.txt": "x" });
    expect((await send("POST", "/repos/acme/infra/git/refs", { ref: "refs/x", sha: main })).status).toBe(422);
    expect(
      (await send("POST", "/repos/acme/infra/git/refs", { ref: "refs/heads/f", sha: main })).status,
    ).toBe(201);
    expect(
      await send("POST", "/repos/acme/infra/git/refs", { ref: "refs/heads/f", sha: main }),
    ).toMatchObject({
      status: 422,
      body: { message: "Reference already exists" },
    });
    expect((await send("PATCH", "/repos/acme/infra/git/refs/heads/f", { sha: next })).status).toBe(200);
    expect((await send("PATCH", "/repos/acme/infra/git/refs/heads/f", { sha: main })).status).toBe(422);
    expect(
      (await send("PATCH", "/repos/acme/infra/git/refs/heads/f", { sha: main, force: true })).status,
    ).toBe(200);
    expect(await get("/repos/acme/infra/git/ref/heads%2Ff")).toMatchObject({
      body: { object: { sha: main } },
    });
    expect((await send("DELETE", "/repos/acme/infra/git/refs/heads/f", undefined)).status).toBe(204);
    expect((await send("DELETE", "/repos/acme/infra/git/refs/heads/f", undefined)).status).toBe(422);
    expect(gh.refs()).toEqual({ "refs/heads/main": next });
  });

  it("blocks a deployment on non-green statuses unless required_contexts is given", async () => {
    const sha = gh.branchSha("acme", "infra", "main")!;
    await send("POST", `/repos/acme/infra/statuses/${sha}`, { state: "pending", context: "ci" });
    expect((await send("POST", "/repos/acme/infra/deployments", { ref: "main" })).status).toBe(409);
    const ok = await send("POST", "/repos/acme/infra/deployments", { ref: "main", required_contexts: [] });
    expect(ok).toMatchObject({ status: 201, body: { sha, environment: "production" } });
    await send("POST", `/repos/acme/infra/statuses/${sha}`, { state: "success", context: "ci" });
    expect((await send("POST", "/repos/acme/infra/deployments", { ref: "main" })).status).toBe(201);
    expect(gh.statuses().map((s) => s.state)).toEqual(["pending", "success"]);
  });

  it("tracks a same-repo PR's head as its branch moves, and closes and merges", async () => {
    const first = gh.commitFiles("acme", "infra", "f", { "x.txt": "1" });
    const pr = gh.addPullRequest({ user: "alice", head: "f", title: "T" });
    expect(gh.pullRequest(pr)).toMatchObject({
      head: { sha: first, ref: "f" },
      state: "open",
      merged: false,
    });
    const second = gh.commitFiles("acme", "infra", "f", { "x.txt": "2" });
    expect((await get(`/repos/acme/infra/pulls/${pr}`)).body).toMatchObject({ head: { sha: second } });
    gh.updatePullRequest(pr, { merged: true });
    expect(gh.pullRequest(pr)).toMatchObject({
      state: "closed",
      merged: true,
      merged_at: expect.any(String),
    });
  });

  it("fails the next matching request on demand, a given number of times", async () => {
    gh.failNext({
      method: "GET",
      path: /^\/repos\/acme\/infra$/,
      status: 502,
      message: "Bad Gateway",
      times: 2,
    });
    expect((await get("/repos/acme/infra")).status).toBe(502);
    expect((await get("/repos/acme/infra")).status).toBe(502);
    expect((await get("/repos/acme/infra")).status).toBe(200);
  });

  it("lets Probot authenticate as the App installation (GHE_HOST style) and act as the bot", async () => {
    const { privateKey } = generateKeyPairSync("rsa", {
      modulusLength: 2048,
      privateKeyEncoding: { type: "pkcs1", format: "pem" },
      publicKeyEncoding: { type: "spki", format: "pem" },
    });
    const probot = createProbot({
      env: {
        APP_ID: "1",
        PRIVATE_KEY: privateKey,
        WEBHOOK_SECRET: "s",
        GHE_HOST: gh.host,
        GHE_PROTOCOL: "http",
        LOG_LEVEL: "fatal",
      },
      defaults: {
        Octokit: ProbotOctokit.defaults({ retry: { enabled: false }, throttle: { enabled: false } }),
      },
    });
    const issue = gh.addIssue({ user: "alice", title: "add workers" });
    await probot.load((app) => {
      app.on("issue_comment.created", async (context) => {
        await context.octokit.rest.issues.createComment(context.issue({ body: "on it" }));
      });
    });
    await probot.receive({
      id: "delivery-1",
      name: "issue_comment",
      payload: {
        action: "created",
        installation: { id: gh.installationId },
        repository: gh.repository(),
        issue: { number: issue },
        comment: { id: 1, body: "/plagentic help", user: { login: "alice", type: "User" } },
        sender: { login: "alice", type: "User" },
      },
    } as never);
    expect(gh.requests.map((r) => [r.method, r.prefix, r.path, r.actor, r.status])).toEqual([
      ["POST", "/api/v3", `/app/installations/${gh.installationId}/access_tokens`, "app", 201],
      ["POST", "/api/v3", `/repos/acme/infra/issues/${issue}/comments`, "plagentic[bot]", 201],
    ]);
    expect(gh.comments(issue)).toMatchObject([
      { body: "on it", user: { login: "plagentic[bot]", type: "Bot" } },
    ]);
  });
});
