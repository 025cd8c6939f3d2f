import { createRedactor, redactError } from "../render/redact.js";
import { PlagenticError } from "../spec/errors.js";
import { migratePostgres } from "../store/postgres/migrate.js";
import { pgApprovedChanges, pgAuditLog, pgDeliveryLog } from "../store/postgres/tables.js";
import { pgBossQueue } from "./pg-boss-queue.js";
import { importOptional } from "../optional-module.js";
export async function openPostgresState(db, opts) {
    const redact = createRedactor(db.secrets);
    const refuse = (what, e) => {
        const reason = redact(e instanceof Error ? e.message : String(e));
        return new PlagenticError(`PLAGENTIC_DATABASE_URL: ${what} the database at ${db.host} failed: ${reason}`);
    };
    const pg = (await importOptional("postgres", () => import("pg"))).default;
    const pool = new pg.Pool({
        connectionString: db.url,
        max: Math.max(4, opts.concurrency + 2),
        connectionTimeoutMillis: 10_000,
    });
    // An idle client that loses its connection emits here; without a listener the process would die.
    pool.on("error", (e) => opts.onError("database connection", redactError(e, redact)));
    try {
        await migratePostgres(pool);
    }
    catch (e) {
        await pool.end().catch(() => { });
        throw refuse("migrating", e);
    }
    const audit = pgAuditLog(pool);
    let queue;
    try {
        queue = await pgBossQueue({
            url: db.url,
            leaseSeconds: opts.settings.leaseSeconds,
            concurrency: opts.concurrency,
            replicaId: opts.settings.replicaId,
            onGivenUp: opts.onGivenUp ?? (() => Promise.resolve()),
            onError: (e) => opts.onError("the job queue", redactError(e, redact)),
        });
    }
    catch (e) {
        await pool.end().catch(() => { });
        throw refuse("starting the job queue on", e);
    }
    return {
        replicaId: opts.settings.replicaId,
        deliveries: pgDeliveryLog(pool),
        audit,
        approvedChanges: pgApprovedChanges(pool),
        queue,
        async close(timeoutMs) {
            const drained = await queue.close(timeoutMs);
            await pool.end();
            return drained;
        },
    };
}
