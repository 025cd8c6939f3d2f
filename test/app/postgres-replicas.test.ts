/**
 * The App's state on a real PostgreSQL, as replicas share it: migrations under an advisory lock,
 * deliveries de-duplicated across replicas, one job per repository at a time in order across
 * replicas, and a job taken over after the replica running it is killed and its lease expires.
 */
import { spawn } from "node:child_process";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppState } from "../../src/app/app-state.js";
import { acceptDelivery, runQueuedEvent } from "../../src/app/event-flow.js";
import type { RunningEvent } from "../../src/app/event-queue.js";
import { openPostgresState } from "../../src/app/postgres-state.js";
import { replicaSettings } from "../../src/app/replica-settings.js";
import { migratePostgres } from "../../src/store/postgres/migrate.js";
import { pgMigrations } from "../../src/store/postgres/migrations.js";
import { freshDatabase, requirePostgres, type TestDatabase } from "../helpers/postgres.js";
import { until } from "../helpers/serve-process.js";

const SUITE = "App state on PostgreSQL";
const available = await requirePostgres(SUITE);
const child = new URL("../fixtures/app/pg-replica.mjs", import.meta.url).pathname;

function payload(repository: string, n: number) {
  return { action: "created", n, repository: { full_name: repository }, installation: { id: 7 } };
}

/** One job at a time per replica, so that with two repositories busy both replicas must work. */
async function openReplica(db: TestDatabase, replicaId: string): Promise<AppState> {
  const settings = replicaSettings({
    PLAGENTIC_DATABASE_URL: db.url,
    PLAGENTIC_JOB_LEASE_SECONDS: "10",
    PLAGENTIC_REPLICA_ID: replicaId,
  });
  return openPostgresState(settings.database!, {
    settings,
    concurrency: 1,
    onError: (what, e) => {
      throw new Error(`${replicaId}: ${what}: ${String(e)}`);
    },
  });
}

describe.runIf(available)(SUITE, () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  let a: AppState;
  let b: AppState;
  /** What the two replicas ran: `<replica> <start|end> <delivery>`, in the order it happened. */
  const ran: string[] = [];
  const active = new Map<string, string>();
  const overlaps: string[] = [];

  const handler = (state: AppState) => (job: RunningEvent) =>
    runQueuedEvent(state, job, {
      receive: async (j) => {
        const key = (j.payload as { repository: { full_name: string } }).repository.full_name;
        if (active.has(key)) overlaps.push(`${j.id} ran beside ${active.get(key)}`);
        active.set(key, j.id);
        ran.push(`${state.replicaId} start ${j.id}`);
        // Longer than a poll (0.5 s), so the idle replica takes the other repository's job.
        await new Promise((r) => setTimeout(r, 600));
        ran.push(`${state.replicaId} end ${j.id}`);
        active.delete(key);
      },
      onError: (_j, e) => {
        throw e;
      },
    });

  beforeAll(async () => {
    db = await freshDatabase();
    pool = new pg.Pool({ connectionString: db.url });
    [a, b] = await Promise.all([openReplica(db, "replica-a"), openReplica(db, "replica-b")]);
  }, 60_000);

  afterAll(async () => {
    await a?.close(5_000);
    await b?.close(5_000);
    await pool?.end();
    await db?.drop();
  }, 60_000);

  it("applies each migration once when replicas start together, and refuses a renamed or newer schema", async () => {
    // a and b migrated concurrently in beforeAll; three more starts find nothing to do.
    const again = await Promise.all([1, 2, 3].map(() => migratePostgres(pool)));
    expect(again).toEqual([[], [], []]);
    const { rows } = await pool.query(
      "SELECT version, name FROM plagentic_schema_migrations ORDER BY version",
    );
    expect(rows).toEqual(pgMigrations.map((m) => ({ version: m.version, name: m.name })));

    const renamed = pgMigrations.map((m) => ({ ...m, name: `${m.name} (edited)` }));
    await expect(migratePostgres(pool, renamed)).rejects.toThrow(
      /migration 1 is ".*" in the database but ".*\(edited\)" in the code/,
    );
    await pool.query(
      "INSERT INTO plagentic_schema_migrations (version, name) VALUES (99, 'from the future')",
    );
    try {
      await expect(migratePostgres(pool)).rejects.toThrow(
        /schema version 99 but this plagentic knows only 1/,
      );
    } finally {
      await pool.query("DELETE FROM plagentic_schema_migrations WHERE version = 99");
    }
  });

  it("applies each migration once when three fresh starts race", async () => {
    const other = await freshDatabase();
    const pools = [1, 2, 3].map(() => new pg.Pool({ connectionString: other.url }));
    try {
      const applied = await Promise.all(pools.map((p) => migratePostgres(p)));
      expect(applied.flat().sort()).toEqual(pgMigrations.map((m) => m.version));
    } finally {
      await Promise.all(pools.map((p) => p.end()));
      await other.drop();
    }
  });

  it("keeps approved changes once per plan", async () => {
    const key = { repository: "acme/infra", environment: "staging", planHash: "abc" };
    await a.approvedChanges.put(key, ["f1", "f2"]);
    await b.approvedChanges.put(key, ["other"]);
    expect(await b.approvedChanges.get(key)).toEqual(["f1", "f2"]);
    expect(await a.approvedChanges.get({ ...key, planHash: "def" })).toBeNull();
  });

  it("runs one job per repository at a time across two replicas, in order, and a redelivery to the other replica never", async () => {
    const sent: Record<string, string[]> = { "acme/one": [], "acme/two": [] };
    for (let n = 0; n < 6; n++) {
      for (const repo of Object.keys(sent)) {
        const id = `${repo.replace("/", "-")}-${n}`;
        // Alternate replicas, as a load balancer would.
        expect(
          await acceptDelivery(n % 2 ? a : b, { id, name: "issue_comment", payload: payload(repo, n) }),
        ).toBe("queued");
        sent[repo]!.push(id);
      }
    }
    // GitHub redelivers the first event to the other replica.
    expect(
      await acceptDelivery(a, { id: "acme-one-0", name: "issue_comment", payload: payload("acme/one", 0) }),
    ).toBe("duplicate");
    await a.queue.work(handler(a));
    await b.queue.work(handler(b));
    await until("every job", () => ran.filter((r) => r.includes(" end ")).length === 12);

    expect(overlaps).toEqual([]);
    for (const [repo, ids] of Object.entries(sent)) {
      const order = ran
        .filter((r) => r.includes(" start ") && r.includes(repo.replace("/", "-")))
        .map((r) => r.split(" ")[2]);
      expect(order, repo).toEqual(ids);
    }
    expect(new Set(ran.map((r) => r.split(" ")[0]))).toEqual(new Set(["replica-a", "replica-b"]));

    const audit = await a.audit.list();
    const first = audit.filter((e) => e.deliveryId === "acme-one-0");
    expect(first.map((e) => e.kind)).toEqual(["queued", "duplicate", "started", "finished"]);
    expect(first[0]).toMatchObject({ event: "issue_comment.created", repository: "acme/one", attempt: 0 });
    expect(first[1]!.replica).toBe("replica-a");
    expect(audit.filter((e) => e.kind === "started")).toHaveLength(12);
    expect(audit.every((e) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(e.at))).toBe(true);
    expect(audit.map((e) => e.id)).toEqual([...audit.map((e) => e.id)].sort((x, y) => x - y));
  }, 60_000);

  it("hands a job to another replica, as a takeover, when the one running it is killed", async () => {
    // A database of its own, so that only the child replica is working when the job is queued.
    const other = await freshDatabase();
    const survivor = await openReplica(other, "survivor");
    const doomed = spawn(process.execPath, [child, other.url], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    doomed.stdout!.on("data", (d) => (out += String(d)));
    doomed.stderr!.on("data", (d) => (out += String(d)));
    try {
      await until("the child replica", () => out.includes("ready"), 30_000);
      await acceptDelivery(survivor, {
        id: "takeover-1",
        name: "issue_comment",
        payload: payload("acme/three", 0),
      });
      await until("the child to start the job", () => out.includes("started takeover-1"), 20_000);
      doomed.kill("SIGKILL");
      const killedAt = Date.now();
      const taken: RunningEvent[] = [];
      await survivor.queue.work((job) =>
        runQueuedEvent(survivor, job, {
          receive: async (j) => {
            taken.push(j);
          },
          onError: (_j, e) => {
            throw e;
          },
        }),
      );
      await until("the takeover", () => taken.length > 0, 25_000);
      // The lease (10 s) from the child's last heartbeat, plus the supervisor's and the poll's period.
      expect(Date.now() - killedAt).toBeLessThan(16_000);
      expect(taken).toHaveLength(1);
      expect(taken[0]).toMatchObject({ id: "takeover-1", attempt: 1, key: "acme/three" });
      const audit = await survivor.audit.list();
      expect(audit.map((e) => [e.kind, e.replica, e.attempt])).toEqual([
        ["queued", "survivor", 0],
        ["started", "doomed", 0],
        ["started", "survivor", 1],
        ["finished", "survivor", 1],
      ]);
    } finally {
      if (doomed.exitCode === null) doomed.kill("SIGKILL");
      await survivor.close(5_000);
      await other.drop();
    }
  }, 60_000);
});
