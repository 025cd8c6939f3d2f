/** Records one apply and its per-resource results atomically; returns the record's id. */
export function recordApply(store, result, meta) {
    const { db } = store;
    const insertApply = db.prepare(`INSERT INTO applies (environment, plan_hash, ok, started_at, finished_at, actor)
     VALUES (?, ?, ?, ?, ?, ?)`);
    const insertResult = db.prepare(`INSERT INTO apply_results (apply_id, position, address, action, status, resource_id, error)
     VALUES (?, ?, ?, ?, ?, ?, ?)`);
    return db
        .transaction(() => {
        const info = insertApply.run(result.environment, result.planHash, result.ok ? 1 : 0, meta.startedAt, meta.finishedAt, meta.actor ?? null);
        const applyId = Number(info.lastInsertRowid);
        result.results.forEach((r, position) => {
            insertResult.run(applyId, position, r.address, r.action, r.status, r.id ?? null, r.error ?? null);
        });
        return applyId;
    })
        .immediate();
}
/** The environment's most recent applies, newest first. */
export function listApplies(store, environment, limit) {
    const { db } = store;
    const rows = db
        .prepare(`SELECT id, environment, plan_hash, ok, started_at, finished_at, actor
       FROM applies WHERE environment = ? ORDER BY id DESC LIMIT ?`)
        .all(environment, Math.max(0, Math.floor(limit)));
    if (rows.length === 0)
        return [];
    const results = db
        .prepare(`SELECT apply_id, address, action, status, resource_id, error FROM apply_results
       WHERE apply_id IN (SELECT value FROM json_each(?)) ORDER BY apply_id, position`)
        .all(JSON.stringify(rows.map((r) => r.id)));
    const byApply = new Map();
    for (const r of results) {
        const list = byApply.get(r.apply_id) ?? [];
        list.push({
            address: r.address,
            action: r.action,
            status: r.status,
            ...(r.resource_id !== null && { id: r.resource_id }),
            ...(r.error !== null && { error: r.error }),
        });
        byApply.set(r.apply_id, list);
    }
    return rows.map((r) => ({
        id: r.id,
        environment: r.environment,
        planHash: r.plan_hash,
        ok: r.ok === 1,
        results: byApply.get(r.id) ?? [],
        startedAt: r.started_at,
        finishedAt: r.finished_at,
        ...(r.actor !== null && { actor: r.actor }),
    }));
}
