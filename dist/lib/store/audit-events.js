export const AUDIT_KINDS = ["queued", "duplicate", "started", "finished", "failed"];
/** A row of either database as a record. */
export function auditRecordOf(row) {
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
export function sqliteAuditLog(store, now = () => new Date()) {
    const insert = store.db.prepare(`INSERT INTO audit_events (at, delivery_id, event, repository, kind, replica, attempt)
     VALUES (?, ?, ?, ?, ?, ?, ?)`);
    return {
        record(e) {
            insert.run(now().toISOString(), e.deliveryId, e.event, e.repository, e.kind, e.replica, e.attempt);
            return Promise.resolve();
        },
        list() {
            const rows = store.db
                .prepare(`SELECT ${AUDIT_COLUMNS} FROM audit_events ORDER BY id`)
                .all();
            return Promise.resolve(rows.map(auditRecordOf));
        },
    };
}
