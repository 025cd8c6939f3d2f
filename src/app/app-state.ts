/**
 * What the App keeps between events, behind one interface with two homes: the embedded SQLite
 * `app.db` with an in-memory queue (one process, the default), or PostgreSQL with pg-boss when
 * PLAGENTIC_DATABASE_URL is set (replicas sharing one database; postgres-state.ts).
 */
import { resolve } from "node:path";
import { createDeliveryLog } from "../github/deliveries.js";
import type { ApprovedChanges } from "../store/approved-changes.js";
import { sqliteAuditLog, type AuditLog } from "../store/audit-events.js";
import { sqliteApprovedChanges } from "../store/sqlite-approved-changes.js";
import { openStore } from "../store/store.js";
import { memoryEventQueue, type EventQueue, type QueuedEvent } from "./event-queue.js";
import type { ReplicaSettings } from "./replica-settings.js";

export interface AppState {
  /** Names this replica in audit events and logs. */
  replicaId: string;
  deliveries: {
    /** True for the first time any replica sees the delivery id; false for every redelivery. */
    firstSeen(deliveryId: string, event: string): Promise<boolean>;
    /** Forgets a delivery that could not be queued, so GitHub's redelivery is taken. */
    forget(deliveryId: string): Promise<void>;
  };
  audit: AuditLog;
  approvedChanges: ApprovedChanges;
  queue: EventQueue;
  /** Stops taking events, waits (bounded) for running ones, then closes the store. */
  close(timeoutMs: number): Promise<boolean>;
}

export interface StateOptions {
  dataDir: string;
  settings: ReplicaSettings;
  /** Events this replica runs at once. */
  concurrency: number;
  onError: (what: string, e: unknown) => void;
  /** A job given up after every takeover failed (PostgreSQL only). */
  onGivenUp?: (event: QueuedEvent, attempts: number) => Promise<void>;
}

export async function openAppState(opts: StateOptions): Promise<AppState> {
  if (opts.settings.database) {
    // pg and pg-boss load only here, so the embedded default never needs them installed.
    const { openPostgresState } = await import("./postgres-state.js");
    return openPostgresState(opts.settings.database, opts);
  }
  return sqliteState(resolve(opts.dataDir, "app.db"), opts);
}

/** The embedded default: `app.db` (or `:memory:`) and the in-process queue. */
export function sqliteState(path: string, opts: Omit<StateOptions, "dataDir">): AppState {
  const store = openStore(path);
  const deliveries = createDeliveryLog(store);
  const queue = memoryEventQueue({
    concurrency: opts.concurrency,
    onError: (key, e) => opts.onError(`job for ${key}`, e),
  });
  return {
    replicaId: opts.settings.replicaId,
    deliveries: {
      firstSeen: (id, event) => Promise.resolve(deliveries.firstSeen(id, event)),
      forget: (id) => Promise.resolve(deliveries.forget(id)),
    },
    audit: sqliteAuditLog(store),
    approvedChanges: sqliteApprovedChanges(store),
    queue,
    async close(timeoutMs) {
      const drained = await queue.close(timeoutMs);
      store.close();
      return drained;
    },
  };
}
