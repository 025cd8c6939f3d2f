/**
 * What the App keeps between events, behind one interface with two homes: the embedded SQLite
 * `app.db` with an in-memory queue (one process, the default), or PostgreSQL with pg-boss when
 * PLAGENTIC_DATABASE_URL is set (replicas sharing one database; postgres-state.ts).
 */
import { resolve } from "node:path";
import { createDeliveryLog } from "../github/deliveries.js";
import { sqliteAuditLog } from "../store/audit-events.js";
import { sqliteApprovedChanges } from "../store/sqlite-approved-changes.js";
import { openStore } from "../store/store.js";
import { memoryEventQueue } from "./event-queue.js";
export async function openAppState(opts) {
    if (opts.settings.database) {
        // pg and pg-boss load only here, so the embedded default never needs them installed.
        const { openPostgresState } = await import("./postgres-state.js");
        return openPostgresState(opts.settings.database, opts);
    }
    return sqliteState(resolve(opts.dataDir, "app.db"), opts);
}
/** The embedded default: `app.db` (or `:memory:`) and the in-process queue. */
export function sqliteState(path, opts) {
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
