/**
 * The App's audit trail of webhook events: which replica queued, started and finished which
 * delivery, and on which attempt. The same table lives in the SQLite `app.db` and in PostgreSQL
 * (store/postgres/audit-events.ts); tests and operators read it to see what each replica did.
 */
import type { Store } from "./store.js";
export declare const AUDIT_KINDS: readonly ["queued", "duplicate", "started", "finished", "failed"];
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
export declare function auditRecordOf(row: AuditRow): AuditRecord;
export declare const AUDIT_COLUMNS = "id, at, delivery_id, event, repository, kind, replica, attempt";
export declare function sqliteAuditLog(store: Store, now?: () => Date): AuditLog;
export {};
