import { pgMigrations } from "./migrations.js";
/** The advisory lock key: a constant no other user of the database picks ("plagen" in ASCII). */
export const MIGRATION_LOCK = 0x706c6167656e;
export const MIGRATIONS_TABLE = "plagentic_schema_migrations";
/** Applies the missing steps; returns the versions this call applied. */
export async function migratePostgres(pool, steps = pgMigrations) {
    steps.forEach((m, i) => {
        if (m.version !== i + 1)
            throw new Error(`migration "${m.name}" has version ${m.version}, expected ${i + 1}`);
    });
    const client = await pool.connect();
    try {
        await client.query("BEGIN");
        await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
        await client.query(`CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
        const { rows } = await client.query(`SELECT version, name FROM ${MIGRATIONS_TABLE} ORDER BY version`);
        const known = new Map(rows.map((r) => [r.version, r.name]));
        const newest = Math.max(0, ...known.keys());
        if (newest > steps.length) {
            throw new Error(`the database is at schema version ${newest} but this plagentic knows only ${steps.length}; upgrade plagentic`);
        }
        const applied = [];
        for (const m of steps) {
            const name = known.get(m.version);
            if (name !== undefined) {
                if (name !== m.name)
                    throw new Error(`database migration ${m.version} is "${name}" in the database but "${m.name}" in the code`);
                continue;
            }
            await client.query(m.sql);
            await client.query(`INSERT INTO ${MIGRATIONS_TABLE} (version, name) VALUES ($1, $2)`, [
                m.version,
                m.name,
            ]);
            applied.push(m.version);
        }
        await client.query("COMMIT");
        return applied;
    }
    catch (e) {
        await client.query("ROLLBACK").catch(() => { });
        throw e;
    }
    finally {
        client.release();
    }
}
