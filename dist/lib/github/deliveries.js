const DAY_MS = 24 * 60 * 60 * 1000;
export function createDeliveryLog(store, now = () => new Date()) {
    const insert = store.db.prepare("INSERT OR IGNORE INTO github_deliveries (id, event, received_at) VALUES (?, ?, ?)");
    const remove = store.db.prepare("DELETE FROM github_deliveries WHERE received_at < ?");
    const removeOne = store.db.prepare("DELETE FROM github_deliveries WHERE id = ?");
    return {
        firstSeen(deliveryId, event) {
            if (deliveryId === "")
                throw new Error("a webhook delivery without an id cannot be de-duplicated");
            return insert.run(deliveryId, event, now().toISOString()).changes === 1;
        },
        prune(days) {
            if (!(days >= 0))
                throw new Error(`cannot keep deliveries for ${days} days`);
            // ISO-8601 UTC strings of one format sort as the times they name.
            const cutoff = new Date(now().getTime() - days * DAY_MS).toISOString();
            return remove.run(cutoff).changes;
        },
        forget(deliveryId) {
            removeOne.run(deliveryId);
        },
    };
}
