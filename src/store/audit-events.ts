/**
 * The App's audit trail of webhook events: which replica queued, started and finished which
 * delivery, and on which attempt. The same table lives in the SQLite `app.db` and in PostgreSQL
 * (store/postgres/audit-events.ts); tests and operators read it to see what each replica did.
 */
import type { Store } from "./store.js";

export const AUDIT_KINDS = ["queued", "duplicate", "started", "finished", "failed"] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export interface AuditEvent {
  deliveryId: string;
  /** `<event>.<action>`, e.g. `issue_comment.created`. */
  event: string;
  /** `owner/repo`, or null for events about no repository (installations). */
  repository: string | null;
  kind: AuditKind;
  replica: string;
  /** 0 for the first run; one more for each takeover after a lease expired. */
  attempt: number;
}

export interface AuditRecord extends AuditEvent {
  /** Increases with every event recorded. */
  id: number;
  /** ISO-8601 UTC with milliseconds. */
  at: string;
}

export interface AuditLog {
  record(event: AuditEvent): Promise<void>;
  /** Every event, oldest first. */
  list(): Promise<AuditRecord[]>;
}

interface AuditRow {
  id: number;
  at: string | Date;
  delivery_id: string;
  event: string;
  repository: string | null;
  kind: AuditKind;
  replica: string;
  attempt: number;
}

/** A row of either database as a record. */
export function auditRecordOf(row: AuditRow): AuditRecord {
  return {
    id: Number(row.id),
    at: row.at instanceof Date ? row.at.toISOString() : row.at,
    deliveryId: row.delivery_id,
    event: row.event,
    repository: row.repository,
    kind: row.kind,
    replica: row.replica,
    attempt: Number(row.attempt),
  };
}

export const AUDIT_COLUMNS = "id, at, delivery_id, event, repository, kind, replica, attempt";

export function sqliteAuditLog(store: Store, now: () => Date = () => new Date()): AuditLog {
  const insert = store.db.prepare(
    `INSERT INTO audit_events (at, delivery_id, event, repository, kind, replica, attempt)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  return {
    record(e) {
      insert.run(now().toISOString(), e.deliveryId, e.event, e.repository, e.kind, e.replica, e.attempt);
      return Promise.resolve();
    },
    list() {
      const rows = store.db
        .prepare(`SELECT ${AUDIT_COLUMNS} FROM audit_events ORDER BY id`)
        .all() as AuditRow[];
      return Promise.resolve(rows.map(auditRecordOf));
    },
  };
}
