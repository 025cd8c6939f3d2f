/**
 * The event queue on PostgreSQL, shared by every replica, built on pg-boss (its own schema
 * `pgboss`, its own migrations). What it guarantees, and how:
 * - one job per key (repository) at a time, in order, across replicas: the `key_strict_fifo`
 *   policy with the key as `singletonKey`;
 * - a delivery queued once, whichever replica GitHub redelivers it to: the job id is derived from
 *   the delivery id, and pg-boss refuses a second job with the same id;
 * - a replica that dies mid-job loses it: the worker heartbeats every lease/2 and pg-boss's
 *   supervisor retries a job whose heartbeat is older than the lease, and the retry (retryCount > 0)
 *   runs as a takeover.
 * Handlers complete every job they ran, failed or not (`runQueuedEvent`), so only a lost lease
 * retries. A job that loses its lease more than `RETRY_LIMIT` times (it kills every replica that
 * runs it) is failed by pg-boss, which would hold back its key for good under key_strict_fifo: its
 * dead letter is recorded as failed and the failed job deleted, so the repository's later events run.
 */
import { createHash } from "node:crypto";
import type { PgBoss } from "pg-boss";
import type { EventHandler, EventQueue, QueuedEvent } from "./event-queue.js";
import { importOptional } from "../optional-module.js";

export const EVENTS_QUEUE = "plagentic-events";
export const DEAD_EVENTS_QUEUE = "plagentic-events-dead";
/** Takeovers after the first run, before a job is given up. */
export const RETRY_LIMIT = 2;
/** pg-boss would fail a job active longer than this even while it heartbeats; an apply may take hours. */
const EXPIRE_SECONDS = 12 * 60 * 60;

/** A UUID determined by the delivery id, so every replica names the same delivery's job alike. */
export function jobIdOf(deliveryId: string): string {
  const h = createHash("sha256").update(`plagentic-delivery:${deliveryId}`).digest("hex");
  // Shaped as a version-5-style UUID (name-based), which PostgreSQL's uuid type accepts.
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export interface PgBossQueueOptions {
  url: string;
  leaseSeconds: number;
  /** Jobs this replica runs at once. */
  concurrency: number;
  replicaId: string;
  /** A job given up after its retries (dead letter), and pg-boss's own errors. */
  onGivenUp: (event: QueuedEvent, attempts: number) => Promise<void>;
  onError: (e: unknown) => void;
}

export async function pgBossQueue(opts: PgBossQueueOptions): Promise<EventQueue> {
  const { PgBoss: Boss } = await importOptional("postgres", () => import("pg-boss"));
  const boss: PgBoss = new Boss({
    connectionString: opts.url,
    application_name: `plagentic ${opts.replicaId}`.slice(0, 63),
    // Cron scheduling is unused; the supervisor checks heartbeats often enough that a takeover
    // follows soon after the lease ends.
    schedule: false,
    // A queue's heartbeats are checked on its monitor pass, which both intervals gate.
    superviseIntervalSeconds: Math.max(1, Math.floor(opts.leaseSeconds / 5)),
    monitorIntervalSeconds: Math.max(1, Math.floor(opts.leaseSeconds / 5)),
    max: Math.max(4, opts.concurrency + 2),
  });
  boss.on("error", opts.onError);
  await boss.start();
  await boss.createQueue(DEAD_EVENTS_QUEUE, { policy: "standard" });
  const policy = {
    heartbeatSeconds: opts.leaseSeconds,
    retryLimit: RETRY_LIMIT,
    retryDelay: 0,
    expireInSeconds: EXPIRE_SECONDS,
    deadLetter: DEAD_EVENTS_QUEUE,
  };
  // createQueue leaves an existing queue as it is; a changed lease must reach it too.
  await boss.createQueue(EVENTS_QUEUE, { policy: "key_strict_fifo", ...policy });
  await boss.updateQueue(EVENTS_QUEUE, policy);

  let running = 0;
  return {
    async push(event) {
      const id = await boss.send(
        EVENTS_QUEUE,
        { ...event },
        { id: jobIdOf(event.id), singletonKey: event.key },
      );
      return id !== null;
    },
    async work(handle: EventHandler) {
      const base = { batchSize: 1, pollingIntervalSeconds: 0.5 };
      await boss.work<QueuedEvent>(
        EVENTS_QUEUE,
        { ...base, localConcurrency: opts.concurrency },
        async ([job]) => {
          if (!job) return;
          running++;
          try {
            await handle({ ...job.data, attempt: job.retryCount });
          } finally {
            running--;
          }
        },
      );
      await boss.work<QueuedEvent>(DEAD_EVENTS_QUEUE, base, async ([job]) => {
        if (!job) return;
        await opts.onGivenUp(job.data, RETRY_LIMIT + 1);
        await boss.deleteJob(EVENTS_QUEUE, jobIdOf(job.data.id));
      });
    },
    size: () => running,
    async close(timeoutMs) {
      // Stops fetching at once, then waits for running jobs; those still running at the deadline
      // are failed back to the queue, where another replica takes them over.
      await boss.stop({ graceful: true, timeout: timeoutMs });
      return running === 0;
    },
  };
}
