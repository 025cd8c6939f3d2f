export function sqliteApprovedChanges(store) {
    const insert = store.db.prepare(`INSERT OR IGNORE INTO approved_changes (repository, environment, plan_hash, fingerprints)
     VALUES (?, ?, ?, ?)`);
    const select = store.db.prepare("SELECT fingerprints FROM approved_changes WHERE repository = ? AND environment = ? AND plan_hash = ?");
    return {
        put(key, fingerprints) {
            insert.run(key.repository, key.environment, key.planHash, JSON.stringify(fingerprints));
            return Promise.resolve();
        },
        get(key) {
            const row = select.get(key.repository, key.environment, key.planHash);
            return Promise.resolve(row ? JSON.parse(row.fingerprints) : null);
        },
    };
}
