/**
 * `plagentic serve` on PostgreSQL as its own process (the build): a plan command comment queued
 * through pg-boss and answered, a redelivery refused, the audit trail in the shared database; and
 * a bad PLAGENTIC_DATABASE_URL or lease stopping serve with a clear error that keeps the password.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readAuditEvents } from "../../src/app/audit-trail.js";
import { startFakeGitHub, type FakeGitHub } from "../helpers/fake-github.js";
import { CONFIG, OWNER, REPO, smallSpec } from "../helpers/github-app.js";
import { freshDatabase, requirePostgres, type TestDatabase } from "../helpers/postgres.js";
import { appEnv, PLAGENTIC_BIN, startServe, until, type ServeProcess } from "../helpers/serve-process.js";

const SUITE = "plagentic serve on PostgreSQL";
const available = await requirePostgres(SUITE);
const SECRET = "pg-e2e-webhook-secret";

describe.runIf(available)(SUITE, () => {
  let gh: FakeGitHub;
  let db: TestDatabase;
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
    db = await freshDatabase();
    dataDir = mkdtempSync(join(tmpdir(), "plagentic-serve-pg-"));
    serve = await startServe(
      appEnv(gh, SECRET, {
        PLAGENTIC_DATA_DIR: dataDir,
        PLAGENTIC_DATABASE_URL: db.url,
        PLAGENTIC_REPLICA_ID: "e2e-1",
      }),
      SECRET,
    );
    port = serve.port;
  }, 40_000);

  afterAll(async () => {
    if (serve?.child.exitCode === null) serve.child.kill("SIGKILL");
    await gh?.close();
    await db?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 30_000);

  async function post(name: string, payload: object, id: string): Promise<Response> {
    return serve.post(name, id, JSON.stringify({ ...payload, installation: { id: gh.installationId } }));
  }

  it("plans on a command comment, refuses the redelivery, and records both in the shared audit trail", async () => {
    expect(await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()).toMatchObject({
      status: "ok",
      replica: "e2e-1",
    });
    gh.commitFiles(OWNER, REPO, "feature", { "environments/staging.yaml": smallSpec("t3.medium") });
    const pr = gh.addPullRequest({ user: "alice", head: "feature" });
    const c = gh.addComment(pr, { user: "alice", body: "/plagentic plan staging" });
    const payload = {
      action: "created",
      issue: { number: pr, pull_request: { url: "x" }, user: { login: "alice" }, labels: [] },
      comment: c,
      repository: gh.repository(),
      sender: { login: "alice", type: "User" },
    };
    expect((await post("issue_comment", payload, "pg-d-1")).status).toBe(202);
    const bot = () =>
      gh
        .comments(pr)
        .filter((x) => (x["user"] as { login: string }).login === gh.botLogin)
        .map((x) => String(x["body"]));
    const plan = await until("the plan comment", () =>
      bot().find((b) => b.includes("<!-- plagentic:plan:staging -->")),
    );
    expect(plan).toContain("Plan: 2 to add, 0 to change, 0 to destroy");
    expect((await post("issue_comment", payload, "pg-d-1")).status).toBe(202);

    const audit = await until("the finished event", async () => {
      const events = await readAuditEvents({ databaseUrl: db.url });
      return events.some((e) => e.kind === "finished") && events.some((e) => e.kind === "duplicate")
        ? events
        : undefined;
    });
    expect(audit.map((e) => [e.deliveryId, e.kind, e.replica, e.attempt, e.repository, e.event])).toEqual(
      expect.arrayContaining([
        ["pg-d-1", "queued", "e2e-1", 0, `${OWNER}/${REPO}`, "issue_comment.created"],
        ["pg-d-1", "started", "e2e-1", 0, `${OWNER}/${REPO}`, "issue_comment.created"],
        ["pg-d-1", "finished", "e2e-1", 0, `${OWNER}/${REPO}`, "issue_comment.created"],
        ["pg-d-1", "duplicate", "e2e-1", 0, `${OWNER}/${REPO}`, "issue_comment.created"],
      ]),
    );
    expect(bot().filter((b) => b.includes("<!-- plagentic:plan:staging -->"))).toHaveLength(1);
  }, 60_000);

  it("stops on SIGTERM with exit code 0", async () => {
    const exited = new Promise<number | null>((ok) => serve.child.once("exit", (code) => ok(code)));
    serve.child.kill("SIGTERM");
    expect(await exited).toBe(0);
  }, 30_000);

  it("refuses an unreachable database and a bad lease, naming the variable and host but never the password", () => {
    const run = (extra: Record<string, string>) =>
      spawnSync(process.execPath, [PLAGENTIC_BIN, "serve"], {
        env: appEnv(gh, SECRET, { PORT: "0", PLAGENTIC_DATA_DIR: dataDir, ...extra }),
        encoding: "utf8",
        timeout: 30_000,
      });
    const down = run({ PLAGENTIC_DATABASE_URL: "postgres://plagentic:hunter2-sekrit@127.0.0.1:1/app" });
    expect(down.status).not.toBe(0);
    const text = down.stdout + down.stderr;
    expect(text).toMatch(/PLAGENTIC_DATABASE_URL: .*127\.0\.0\.1:1/);
    expect(text).not.toContain("hunter2-sekrit");
    const lease = run({ PLAGENTIC_DATABASE_URL: db.url, PLAGENTIC_JOB_LEASE_SECONDS: "5" });
    expect(lease.status).not.toBe(0);
    expect(lease.stdout + lease.stderr).toMatch(
      /PLAGENTIC_JOB_LEASE_SECONDS must be a whole number from 10 to 60/,
    );
  }, 60_000);
});
