// App replicas on PostgreSQL: 300 signed deliveries (ignored comments on 20 repositories, so the
// queue and the database are what is measured, not plans) to 1 and then 3 `serve` replicas that
// share one database, round-robin as a load balancer sends them. Prints, per replica count, the
// deliveries per second from the first POST until every delivery is audited as finished, and the
// acknowledgement p50/p99. A skip line when no PostgreSQL is reachable
// (PLAGENTIC_TEST_DATABASE_URL, or postgres://postgres:postgres@127.0.0.1:5432/postgres).
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { sign } from "@octokit/webhooks-methods";
import pg from "pg";
import { readAuditEvents } from "../src/app/audit-trail.js";
import { startServer, type RunningServer } from "../src/app/server.js";
import { inlineRunner } from "../src/plan/jobs.js";
import { startFakeGitHub } from "../test/helpers/fake-github.js";
import { CONFIG, privateKey, smallSpec } from "../test/helpers/github-app.js";

const SECRET = "bench-replicas-secret";
const DELIVERIES = 300;
const REPOS = 20;
const admin =
  process.env["PLAGENTIC_TEST_DATABASE_URL"] || "postgres://postgres:postgres@127.0.0.1:5432/postgres";
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
const round = (x: number) => Math.round(x * 100) / 100;

async function adminQuery(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: admin, connectionTimeoutMillis: 3000 });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

try {
  await adminQuery("SELECT 1");
} catch (e) {
  console.log(
    JSON.stringify({ bench: "app_replicas", skipped: `no PostgreSQL reachable: ${(e as Error).message}` }),
  );
  process.exit(0);
}

const gh = await startFakeGitHub();
const repos = Array.from({ length: REPOS }, (_, i) =>
  gh.addRepo({
    owner: "acme",
    repo: `infra${i}`,
    files: { "config.yaml": CONFIG, "environments/staging.yaml": smallSpec() },
  }),
);

for (const replicas of [1, 3]) {
  const name = `plagentic_bench_${randomBytes(4).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const dataDir = mkdtempSync(join(tmpdir(), "bench-replicas-"));
  const servers: RunningServer[] = [];
  try {
    for (let r = 0; r < replicas; r++) {
      servers.push(
        await startServer({
          env: {
            APP_ID: "1",
            PRIVATE_KEY: privateKey(),
            WEBHOOK_SECRET: SECRET,
            GHE_HOST: gh.host,
            GHE_PROTOCOL: "http",
            LOG_LEVEL: "fatal",
            PLAGENTIC_GITHUB_THROTTLE: "off",
            PLAGENTIC_DATABASE_URL: url.toString(),
            PLAGENTIC_REPLICA_ID: `bench-${r}`,
          },
          port: 0,
          host: "127.0.0.1",
          dataDir,
          runner: inlineRunner(),
        }),
      );
    }
    const bodies = await Promise.all(
      Array.from({ length: DELIVERIES }, async (_, i) => {
        const repo = repos[i % REPOS]!;
        const number = gh.addPullRequest({ user: "alice", head: "main", owner: repo.owner, repo: repo.repo });
        const comment = gh.addComment(number, { user: "alice", body: "thanks!" }, repo);
        const body = JSON.stringify({
          action: "created",
          issue: { number, pull_request: { url: "x" }, user: { login: "alice" }, labels: [] },
          comment,
          repository: gh.repository(repo),
          sender: { login: "alice", type: "User" },
          installation: { id: gh.installationId },
        });
        return { id: `bench-${replicas}-${i}`, body, signature: await sign(SECRET, body) };
      }),
    );
    const started = performance.now();
    const acks = await Promise.all(
      bodies.map(async (d, i) => {
        const t = performance.now();
        const res = await fetch(`http://127.0.0.1:${servers[i % replicas]!.port}/api/github/webhooks`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "x-github-event": "issue_comment",
            "x-github-delivery": d.id,
            "x-hub-signature-256": d.signature,
          },
          body: d.body,
        });
        await res.arrayBuffer();
        if (res.status >= 300) throw new Error(`delivery ${d.id} answered ${res.status}`);
        return performance.now() - t;
      }),
    );
    for (const until = Date.now() + 300_000; ; await sleep(200)) {
      const done = (await readAuditEvents({ databaseUrl: url.toString() })).filter(
        (e) => e.kind === "finished" || e.kind === "failed",
      ).length;
      if (done >= DELIVERIES) break;
      if (Date.now() > until) throw new Error(`only ${done} of ${DELIVERIES} deliveries finished`);
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      JSON.stringify({
        bench: "app_replicas",
        replicas,
        deliveries: DELIVERIES,
        repositories: REPOS,
        deliveries_per_second: round(DELIVERIES / seconds),
        ack_p50_ms: round(percentile(acks, 50)),
        ack_p99_ms: round(percentile(acks, 99)),
      }),
    );
  } finally {
    await Promise.all(servers.map((s) => s.close(10_000)));
    await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    rmSync(dataDir, { recursive: true, force: true });
  }
}
await gh.close();
