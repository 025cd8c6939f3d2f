/**
 * Acceptance for App replicas on PostgreSQL (issue 14): three `plagentic serve` processes (the
 * committed build) on one database and one data directory, webhooks delivered round-robin with
 * redeliveries and concurrent commands for one environment; then one replica is killed in the
 * middle of an apply. What each replica did is read back from the audit events in PostgreSQL,
 * and what reached GitHub and the sandbox cloud is read from the fake GitHub and the sandbox's
 * own store.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeGitHub, type FakeGitHub, type RepoKey } from "../helpers/fake-github.js";
import { freshDatabase, requirePostgres, type TestDatabase } from "../helpers/postgres.js";
import { appEnv, startServe, until, type ServeProcess } from "../helpers/serve-process.js";

const SECRET = "replicas-webhook-secret";
const LEASE_SECONDS = 10;
const OWNER = "acme";
const REPOS = ["r0", "r1", "r2", "r3", "r4"];
const PRS_PER_REPO = 3;
const FIRST_DELIVERIES = 240;
const REDELIVERIES = 60;

const CONFIG = `environments_dir: environments
approvals:
  required: 1
`;
/** A VPC, a subnet in it and instances in the subnet: an apply of three stages, one after another. */
const spec = (instanceType: string, instances = 1) => `environment: staging
provider: sandbox
region: us-east-1
tags: { team: web }
resources:
  - type: aws_vpc
    name: main
    properties: { cidr_block: 10.0.0.0/16 }
  - type: aws_subnet
    name: a
    properties: { vpc: ref(aws_vpc.main), cidr_block: 10.0.1.0/24, availability_zone: us-east-1a }
${Array.from(
  { length: instances },
  (_, i) => `  - type: aws_instance
    name: web${i}
    properties: { instance_type: ${instanceType}, ami: ami-0abcdef1234567890, subnet: ref(aws_subnet.a) }
`,
).join("")}`;

interface AuditRow {
  at: Date;
  delivery_id: string;
  event: string;
  repository: string | null;
  kind: string;
  replica: string;
  attempt: number;
}

const SUITE = "three App replicas on one PostgreSQL";
const available = await requirePostgres(SUITE);

describe.skipIf(!available)(SUITE, () => {
  let gh: FakeGitHub;
  let dataDir: string;
  let database: TestDatabase;
  let url: string;
  let db: pg.Pool;
  const replicas: (ServeProcess & { id: string })[] = [];

  beforeAll(async () => {
    database = await freshDatabase();
    url = database.url;
    db = new pg.Pool({ connectionString: url, max: 2 });
    gh = await startFakeGitHub();
    for (const repo of [...REPOS, "slow"]) {
      gh.addRepo({
        owner: OWNER,
        repo,
        files: {
          "config.yaml":
            repo === "slow" ? `${CONFIG}providers:\n  sandbox:\n    operation_delay_ms: 2500\n` : CONFIG,
          "environments/staging.yaml": spec("t3.small"),
        },
      });
      for (const user of ["alice", "bob"]) gh.setPermission(user, "write", { owner: OWNER, repo });
    }
    dataDir = mkdtempSync(join(tmpdir(), "plagentic-replicas-"));
    for (let i = 0; i < 3; i++) replicas.push(await startReplica(`replica-${i}`));
  }, 90_000);

  afterAll(async () => {
    for (const r of replicas)
      if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill("SIGKILL");
    await db?.end();
    await gh?.close();
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  async function startReplica(id: string) {
    const env = appEnv(gh, SECRET, {
      PLAGENTIC_DATA_DIR: dataDir,
      PLAGENTIC_DATABASE_URL: url,
      PLAGENTIC_JOB_LEASE_SECONDS: String(LEASE_SECONDS),
      PLAGENTIC_REPLICA_ID: id,
      PLAGENTIC_WORKERS: "1",
      // The slow repository's simulated cloud latency, which a shared App ignores unless told.
      PLAGENTIC_SANDBOX_DELAY: "allow",
    });
    return { id, ...(await startServe(env, SECRET)) };
  }

  async function post(replica: number, name: string, id: string, body: string): Promise<number> {
    const res = await replicas[replica]!.post(name, id, body);
    await res.arrayBuffer();
    return res.status;
  }

  function commentBody(
    repo: RepoKey,
    number: number,
    user: string,
    text: string,
  ): { body: string; commentId: number } {
    const c = gh.addComment(number, { user, body: text }, repo);
    const payload = {
      action: "created",
      issue: { number, pull_request: { url: "x" }, user: { login: "alice" }, labels: [] },
      comment: c,
      repository: gh.repository(repo),
      sender: { login: user, type: "User" },
      installation: { id: gh.installationId },
    };
    return { body: JSON.stringify(payload), commentId: c["id"] as number };
  }

  async function audit(): Promise<AuditRow[]> {
    const { rows } = await db.query<AuditRow>(
      "SELECT at, delivery_id, event, repository, kind, replica, attempt FROM audit_events ORDER BY id",
    );
    return rows;
  }

  it("handles 300 deliveries round-robin exactly once, one job per repository at a time", async () => {
    const prs: { repo: RepoKey; number: number }[] = [];
    for (const name of REPOS) {
      const repo = { owner: OWNER, repo: name };
      for (let p = 0; p < PRS_PER_REPO; p++) {
        gh.commitFiles(OWNER, name, `change-${p}`, {
          "environments/staging.yaml": spec(["t3.medium", "t3.large", "t3.micro"][p]!),
        });
        prs.push({
          repo,
          number: gh.addPullRequest({ owner: OWNER, repo: name, user: "alice", head: `change-${p}` }),
        });
      }
    }
    // Every PR of a repository plans the same environment: concurrent commands for one environment.
    const firsts = Array.from({ length: FIRST_DELIVERIES }, (_, i) => {
      const pr = prs[i % prs.length]!;
      const command = i % 2 === 0;
      const { body, commentId } = commentBody(
        pr.repo,
        pr.number,
        "alice",
        command ? "/plagentic plan staging" : `a remark, number ${i}`,
      );
      return { id: `delivery-${i}`, body, commentId, command, replica: i % 3 };
    });
    // Redeliveries reach another replica: half at the same moment as the original, half later.
    const again = firsts.filter((_, i) => i % 4 === 1).slice(0, REDELIVERIES);
    expect(again).toHaveLength(REDELIVERIES);
    const sends: { replica: number; id: string; body: string }[] = [];
    for (const d of firsts) {
      sends.push({ replica: d.replica, id: d.id, body: d.body });
      if (again.indexOf(d) >= 0 && again.indexOf(d) % 2 === 0)
        sends.push({ replica: (d.replica + 1) % 3, id: d.id, body: d.body });
    }
    for (const [k, d] of again.entries())
      if (k % 2 === 1) sends.push({ replica: (d.replica + 2) % 3, id: d.id, body: d.body });
    expect(sends).toHaveLength(FIRST_DELIVERIES + REDELIVERIES);

    const sentAt = Date.now();
    const acks: number[] = [];
    const inFlight = 16;
    let next = 0;
    await Promise.all(
      Array.from({ length: inFlight }, async () => {
        while (next < sends.length) {
          const s = sends[next++]!;
          acks.push(await post(s.replica, "issue_comment", s.id, s.body));
        }
      }),
    );
    expect(acks.filter((s) => s !== 202)).toEqual([]);

    const done = await until(
      "every delivery to be handled",
      async () => {
        const rows = await audit();
        const ended = new Set(
          rows.filter((r) => r.kind === "finished" || r.kind === "failed").map((r) => r.delivery_id),
        );
        return ended.size >= FIRST_DELIVERIES ? rows : undefined;
      },
      240_000,
    );

    const byDelivery = new Map<string, AuditRow[]>();
    for (const r of done) byDelivery.set(r.delivery_id, [...(byDelivery.get(r.delivery_id) ?? []), r]);
    expect(byDelivery.size).toBe(FIRST_DELIVERIES);
    for (const [id, rows] of byDelivery) {
      const kinds = rows.map((r) => r.kind).sort();
      const redelivered = again.some((d) => d.id === id);
      // Queued once, started once, finished once; a redelivery is recorded as a duplicate and nothing more.
      expect({ id, kinds }).toEqual({
        id,
        kinds: redelivered
          ? ["duplicate", "finished", "queued", "started"]
          : ["finished", "queued", "started"],
      });
    }

    // One repository's jobs never overlap, whichever replicas ran them.
    for (const name of REPOS) {
      const rows = done.filter((r) => r.repository === `${OWNER}/${name}`);
      const spans = [...byDelivery.keys()]
        .map((id) => rows.filter((r) => r.delivery_id === id))
        .filter((rs) => rs.length > 0)
        .map((rs) => ({
          start: rs.find((r) => r.kind === "started")!.at.getTime(),
          end: rs.find((r) => r.kind === "finished")!.at.getTime(),
        }))
        .sort((a, b) => a.start - b.start);
      for (let i = 1; i < spans.length; i++)
        expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
    }
    const perReplica = new Map<string, number>();
    for (const r of done.filter((r) => r.kind === "started"))
      perReplica.set(r.replica, (perReplica.get(r.replica) ?? 0) + 1);
    expect(perReplica.size).toBe(3);
    console.log(
      `${sends.length} deliveries (${REDELIVERIES} redelivered) handled in ${Date.now() - sentAt} ms; ` +
        `jobs per replica: ${JSON.stringify(Object.fromEntries(perReplica))}`,
    );

    // What GitHub saw: each command comment was acknowledged once, and every PR has its plan.
    for (const d of firsts.filter((f) => f.command)) {
      const posts = gh.requests.filter(
        (r) => r.method === "POST" && r.path.endsWith(`/issues/comments/${d.commentId}/reactions`),
      );
      expect({ id: d.id, reactions: posts.length }).toEqual({ id: d.id, reactions: 1 });
    }
    // PRs of one repository plan one environment: one holds its lock and has the plan; the others
    // were told who holds it.
    for (const name of REPOS) {
      const answers = prs
        .filter((pr) => pr.repo.repo === name)
        .map((pr) => gh.comments(pr.number, pr.repo).map((c) => String(c["body"])));
      const planned = answers.filter((bodies) =>
        bodies.some((b) => b.includes("<!-- plagentic:plan:staging -->")),
      );
      expect(planned).toHaveLength(1);
      for (const bodies of answers.filter((a) => !planned.includes(a)))
        expect(bodies.some((b) => /is locked by/.test(b))).toBe(true);
    }
  }, 300_000);

  it("completes an apply on another replica when the one applying it is killed, creating nothing twice", async () => {
    const repo = { owner: OWNER, repo: "slow" };
    const instances = 3;
    gh.commitFiles(OWNER, "slow", "grow", { "environments/staging.yaml": spec("t3.small", instances) });
    const number = gh.addPullRequest({ owner: OWNER, repo: "slow", user: "alice", head: "grow" });
    const plan = commentBody(repo, number, "alice", "/plagentic plan staging");
    await post(0, "issue_comment", "slow-plan", plan.body);
    const bot = () =>
      gh
        .comments(number, repo)
        .filter((c) => (c["user"] as { login: string }).login === gh.botLogin)
        .map((c) => String(c["body"]));
    await until("the plan", () => bot().some((b) => b.includes("<!-- plagentic:plan:staging -->")), 60_000);

    const head = (gh.pullRequest(number, repo)["head"] as { sha: string }).sha;
    const reviewId = gh.addReview(number, { user: "bob", state: "APPROVED", commitId: head }, repo);
    const review = JSON.stringify({
      action: "submitted",
      review: { id: reviewId, user: { login: "bob", type: "User" }, state: "approved", commit_id: head },
      pull_request: gh.pullRequest(number, repo),
      repository: gh.repository(repo),
      sender: { login: "bob", type: "User" },
      installation: { id: gh.installationId },
    });
    expect(await post(1, "pull_request_review", "slow-approval", review)).toBe(202);

    // Wait until the apply has created something but not everything, then kill its replica.
    const statePath = join(dataDir, OWNER, "slow", ".plagentic", "state.db");
    const live = (): string[] => {
      if (!existsSync(statePath)) return [];
      const sqlite = new Database(statePath, { readonly: true, timeout: 5_000 });
      try {
        return (
          sqlite
            .prepare("SELECT address FROM sandbox_resources WHERE environment = 'staging' AND repository = ?")
            .all(`${OWNER}/slow`) as { address: string }[]
        ).map((r) => r.address);
      } finally {
        sqlite.close();
      }
    };
    const started = await until(
      "the apply to start",
      async () => (await audit()).find((r) => r.delivery_id === "slow-approval" && r.kind === "started"),
      60_000,
    );
    await until("the apply to be half done", () => live().length >= 1, 60_000);
    expect(live().length).toBeLessThan(2 + instances);
    const victim = replicas.find((r) => r.id === started.replica)!;
    victim.child.kill("SIGKILL");
    const killedAt = Date.now();

    const finished = await until(
      "another replica to finish the apply",
      async () => (await audit()).find((r) => r.delivery_id === "slow-approval" && r.kind === "finished"),
      90_000,
    );
    const tookOverAfterMs = Date.now() - killedAt;
    expect(finished.replica).not.toBe(victim.id);
    expect(finished.attempt).toBeGreaterThanOrEqual(1);

    // Everything exists exactly once, and the pull request says it was applied, once.
    const addresses = live();
    expect(addresses.sort()).toEqual(
      [
        "aws_vpc.main",
        "aws_subnet.a",
        ...Array.from({ length: instances }, (_, i) => `aws_instance.web${i}`),
      ].sort(),
    );
    await until("the apply comment", () => bot().some((b) => /Apply complete!/.test(b)), 30_000);
    expect(bot().filter((b) => /Apply complete!/.test(b))).toHaveLength(1);
    // It says it resumed, and what was left was less than the whole plan: the dead replica's work stands.
    const resumed = bot().find((b) => /was taken over from a replica that stopped answering/.test(b));
    const left = Number(/(\d+) approved change\(s\) were left/.exec(resumed ?? "")?.[1]);
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThan(2 + instances);
    console.log(
      `replica ${victim.id} killed mid-apply; ${finished.replica} finished it ${tookOverAfterMs} ms later`,
    );
  }, 240_000);
});
