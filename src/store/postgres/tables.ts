/**
 * The App's bookkeeping in PostgreSQL, shared by its replicas: deliveries seen, the audit trail of
 * events and the approved changes of plans. Each operation is one statement, so concurrent
 * replicas need no locks of their own: primary keys decide who was first.
 */
import type { Pool } from "pg";
import type { ApprovedChanges } from "../approved-changes.js";
import { AUDIT_COLUMNS, auditRecordOf, type AuditLog } from "../audit-events.js";

export interface PgDeliveryLog {
  /** True for the one replica whose insert of this delivery id won; false for every redelivery. */
  firstSeen(deliveryId: string, event: string): Promise<boolean>;
  forget(deliveryId: string): Promise<void>;
}

export function pgDeliveryLog(pool: Pool): PgDeliveryLog {
  return {
    async firstSeen(deliveryId, event) {
      if (deliveryId === "") throw new Error("a webhook delivery without an id cannot be de-duplicated");
      const r = await pool.query(
        "INSERT INTO github_deliveries (id, event) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        [deliveryId, event],
      );
      return r.rowCount === 1;
    },
    async forget(deliveryId) {
      await pool.query("DELETE FROM github_deliveries WHERE id = $1", [deliveryId]);
    },
  };
}

export function pgAuditLog(pool: Pool): AuditLog {
  return {
    async record(e) {
      await pool.query(
        `INSERT INTO audit_events (delivery_id, event, repository, kind, replica, attempt)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [e.deliveryId, e.event, e.repository, e.kind, e.replica, e.attempt],
      );
    },
    async list() {
      const { rows } = await pool.query(`SELECT ${AUDIT_COLUMNS} FROM audit_events ORDER BY id`);
      return rows.map(auditRecordOf);
    },
  };
}

export function pgApprovedChanges(pool: Pool): ApprovedChanges {
  return {
    async put(key, fingerprints) {
      await pool.query(
        `INSERT INTO approved_changes (repository, environment, plan_hash, fingerprints)
         VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
        [key.repository, key.environment, key.planHash, JSON.stringify(fingerprints)],
      );
    },
    async get(key) {
      const { rows } = await pool.query<{ fingerprints: string[] }>(
        "SELECT fingerprints FROM approved_changes WHERE repository = $1 AND environment = $2 AND plan_hash = $3",
        [key.repository, key.environment, key.planHash],
      );
      const found = rows[0]?.fingerprints;
      // The database is outside the process: what it answers is checked like any input.
      if (found === undefined) return null;
      if (!Array.isArray(found) || !found.every((f) => typeof f === "string"))
        throw new Error(`approved changes of ${key.repository} ${key.environment} are not a list of strings`);
      return found;
    },
  };
}
