// GitHub faces:
// - webhook acknowledgement latency (p50, p99) for 100 concurrent signed deliveries to
//   `plagentic serve`'s server while plans run in its queue, against the fake GitHub;
// - the Action's cold start for an ignored event, beside `node -e 0` in the same run.
import { execFile, execFileSync } from "node:child_process";
import type { IncomingMessage, ServerResponse } from "node:http";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { promisify } from "node:util";
import { setTimeout as sleep } from "node:timers/promises";
import { sign } from "@octokit/webhooks-methods";
import { startServer } from "../src/app/server.js";
import { poolRunner } from "../src/plan/pool-runner.js";
import { startFakeGitHub } from "../test/helpers/fake-github.js";
import { CONFIG, OWNER, privateKey, REPO, smallSpec } from "../test/helpers/github-app.js";

const SECRET = "bench-secret";
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
const round = (x: number) => Math.round(x * 100) / 100;

const gh = await startFakeGitHub();
gh.addRepo({
  owner: OWNER,
  repo: REPO,
  files: { "config.yaml": CONFIG, "environments/staging.yaml": smallSpec() },
});
gh.setPermission("alice", "write");
const dataDir = mkdtempSync(join(tmpdir(), "bench-serve-"));
const server = await startServer({
  env: {
    APP_ID: "1",
    PRIVATE_KEY: privateKey(),
    WEBHOOK_SECRET: SECRET,
    GHE_HOST: gh.host,
    GHE_PROTOCOL: "http",
    LOG_LEVEL: "fatal",
    PLAGENTIC_GITHUB_THROTTLE: "off",
  },
  port: 0,
  host: "127.0.0.1",
  dataDir,
  // As `plagentic serve` runs from dist/lib: plans on the worker pool (this file is bundled
  // elsewhere, so it names the compiled worker itself).
  runner: poolRunner({ filename: new URL("../dist/lib/plan/plan-worker.js", import.meta.url).pathname }),
});

const prs: number[] = [];
for (let i = 0; i < 10; i++) {
  gh.commitFiles(OWNER, REPO, `b${i}`, {
    "environments/staging.yaml": smallSpec(i % 2 ? "t3.medium" : "t3.large"),
  });
  prs.push(gh.addPullRequest({ user: "alice", head: `b${i}` }));
}
/** A signed delivery of a `/plagentic plan staging` comment on one of the pull requests. */
async function signedDelivery(i: number): Promise<{ headers: Record<string, string>; body: string }> {
  const number = prs[i % prs.length]!;
  const comment = gh.addComment(number, { user: "alice", body: "/plagentic plan staging" });
  const body = JSON.stringify({
    action: "created",
    issue: { number, pull_request: { url: "x" }, user: { login: "alice" }, labels: [] },
    comment,
    repository: gh.repository(),
    sender: { login: "alice", type: "User" },
    installation: { id: gh.installationId },
  });
  const headers = {
    "content-type": "application/json",
    "x-github-event": "issue_comment",
    "x-github-delivery": `bench-${i}`,
    "x-hub-signature-256": await sign(SECRET, body),
  };
  return { headers, body };
}
const webhookUrl = `http://127.0.0.1:${server.port}/api/github/webhooks`;
async function deliver(i: number): Promise<number> {
  const { headers, body } = await signedDelivery(i);
  const res = await fetch(webhookUrl, { method: "POST", headers, body });
  await res.arrayBuffer();
  if (res.status >= 300) throw new Error(`delivery ${i} answered ${res.status}`);
  return 0;
}
// Warm up until the warm-up plans are done (the first job loads the engine's modules, which a
// running server has long since loaded).
for (let i = 0; i < 5; i++) await deliver(1000 + i);
for (const until = Date.now() + 120_000; Date.now() < until; await sleep(50)) {
  const health = (await (await fetch(`http://127.0.0.1:${server.port}/healthz`)).json()) as {
    queued: number;
  };
  if (health.queued === 0) break;
}
// Then 100 deliveries at once, each queuing a plan, from a process of their own as GitHub sends
// them: the sender's work (signing, its HTTP client) is not the server's, so it does not count.
const burst = await Promise.all(Array.from({ length: 100 }, (_, i) => signedDelivery(i)));
const burstFile = join(dataDir, "burst.json");
writeFileSync(burstFile, JSON.stringify({ url: webhookUrl, burst }));
const client = `
import { readFileSync } from "node:fs";
import { request } from "node:http";
const { url, burst } = JSON.parse(readFileSync(process.argv[1], "utf8"));
const send = (d) => new Promise((ok, fail) => {
  const t = performance.now();
  const req = request(url, { method: "POST", headers: d.headers }, (res) => {
    res.resume();
    res.on("end", () => (res.statusCode < 300 ? ok(performance.now() - t) : fail(new Error("a delivery answered " + res.statusCode))));
  });
  req.on("error", fail);
  req.end(d.body);
});
// The sender's own first requests load and compile its HTTP client; they are not timed.
for (const d of burst.slice(0, 3)) await send({ ...d, headers: { ...d.headers, "x-github-delivery": "warm-" + Math.random() } });
const latencies = await Promise.all(burst.map(send));
console.log(JSON.stringify(latencies));`;
// The server's own view: from accepting a delivery's connection to the answer's last byte.
const accepted = new WeakMap<object, number>();
const serverSide: number[] = [];
const onConnection = (socket: object) => accepted.set(socket, performance.now());
const onRequest = (req: IncomingMessage, res: ServerResponse) => {
  const at = accepted.get(req.socket) ?? performance.now();
  if (req.url?.startsWith("/api/github/webhooks"))
    res.on("finish", () => serverSide.push(performance.now() - at));
};
server.server.on("connection", onConnection);
server.server.on("request", onRequest);
const { stdout } = await promisify(execFile)(process.execPath, [
  "--input-type=module",
  "-e",
  client,
  burstFile,
]);
const latencies = JSON.parse(stdout) as number[];
server.server.off("connection", onConnection);
server.server.off("request", onRequest);

console.log(
  JSON.stringify({
    bench: "webhook_ack_latency",
    deliveries: latencies.length,
    concurrent: true,
    plans_queued: "each delivery queues a plan; the first ones run while the rest arrive",
    // Round trip as the sender saw it: a separate process on the same two cores, competing with
    // the server's main thread and its plan worker.
    p50_ms: round(percentile(latencies, 50)),
    p99_ms: round(percentile(latencies, 99)),
    max_ms: round(Math.max(...latencies)),
    // The server's own time, from accepting the connection to the answer's last byte.
    server_p50_ms: round(percentile(serverSide.slice(-100), 50)),
    server_p99_ms: round(percentile(serverSide.slice(-100), 99)),
  }),
);
await server.close(120_000);
await gh.close();
rmSync(dataDir, { recursive: true, force: true });

// Action cold start: the committed bundle on an event that is not for Plagentic.
const work = mkdtempSync(join(tmpdir(), "bench-action-"));
const eventPath = join(work, "event.json");
writeFileSync(
  eventPath,
  JSON.stringify({ action: "created", issue: { number: 1 }, comment: { body: "thanks!" } }),
);
writeFileSync(join(work, "out"), "");
const entry = new URL("../dist/index.js", import.meta.url).pathname;
const time = (args: string[], env: Record<string, string>) => {
  const t = performance.now();
  execFileSync(process.execPath, args, { env: { PATH: process.env["PATH"] ?? "", ...env }, stdio: "ignore" });
  return performance.now() - t;
};
const runs = 7;
const action: number[] = [];
const bare: number[] = [];
for (let i = 0; i < runs; i++) {
  bare.push(time(["-e", "0"], {}));
  action.push(
    time([entry], {
      GITHUB_EVENT_NAME: "issue_comment",
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_OUTPUT: join(work, "out"),
    }),
  );
}
console.log(
  JSON.stringify({
    bench: "action_cold_start",
    event: "issue_comment (not a command)",
    runs,
    ignored_event_ms: round(percentile(action, 50)),
    node_e_0_ms: round(percentile(bare, 50)),
    overhead_ms: round(percentile(action, 50) - percentile(bare, 50)),
  }),
);
rmSync(work, { recursive: true, force: true });
