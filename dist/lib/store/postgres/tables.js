import { AUDIT_COLUMNS, auditRecordOf } from "../audit-events.js";
export function pgDeliveryLog(pool) {
    return {
        async firstSeen(deliveryId, event) {
            if (deliveryId === "")
                throw new Error("a webhook delivery without an id cannot be de-duplicated");
            const r = await pool.query("INSERT INTO github_deliveries (id, event) VALUES ($1, $2) ON CONFLICT DO NOTHING", [deliveryId, event]);
            return r.rowCount === 1;
        },
        async forget(deliveryId) {
            await pool.query("DELETE FROM github_deliveries WHERE id = $1", [deliveryId]);
        },
    };
}
export function pgAuditLog(pool) {
    return {
        async record(e) {
            await pool.query(`INSERT INTO audit_events (delivery_id, event, repository, kind, replica, attempt)
         VALUES ($1, $2, $3, $4, $5, $6)`, [e.deliveryId, e.event, e.repository, e.kind, e.replica, e.attempt]);
        },
        async list() {
            const { rows } = await pool.query(`SELECT ${AUDIT_COLUMNS} FROM audit_events ORDER BY id`);
            return rows.map(auditRecordOf);
        },
    };
}
export function pgApprovedChanges(pool) {
    return {
        async put(key, fingerprints) {
            await pool.query(`INSERT INTO approved_changes (repository, environment, plan_hash, fingerprints)
         VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, [key.repository, key.environment, key.planHash, JSON.stringify(fingerprints)]);
        },
        async get(key) {
            const { rows } = await pool.query("SELECT fingerprints FROM approved_changes WHERE repository = $1 AND environment = $2 AND plan_hash = $3", [key.repository, key.environment, key.planHash]);
            const found = rows[0]?.fingerprints;
            // The database is outside the process: what it answers is checked like any input.
            if (found === undefined)
                return null;
            if (!Array.isArray(found) || !found.every((f) => typeof f === "string"))
                throw new Error(`approved changes of ${key.repository} ${key.environment} are not a list of strings`);
            return found;
        },
    };
}
