/**
 * The local SQLite store: the sandbox cloud, the audit of applies and, later, the App's
 * bookkeeping. One file per installation; the caller owns its lifetime.
 */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { openDatabase } from "./driver.js";
import { migrations as defaultMigrations } from "./migrations.js";
const BUSY_TIMEOUT_MS = 5_000;
export function openStore(path, options = {}) {
    const inMemory = path === ":memory:" || path === "";
    if (!inMemory)
        mkdirSync(dirname(resolve(path)), { recursive: true });
    const db = (options.open ?? openDatabase)(path, BUSY_TIMEOUT_MS);
    try {
        db.pragma("journal_mode = WAL");
        // WAL with NORMAL sync stays consistent after a crash; only the last commits may be lost on power failure.
        db.pragma("synchronous = NORMAL");
        db.pragma("foreign_keys = ON");
        migrate(db, options.migrations ?? defaultMigrations);
    }
    catch (err) {
        db.close();
        throw err;
    }
    return {
        db,
        path,
        close() {
            if (db.open)
                db.close();
        },
    };
}
/** Version of the newest migration applied to the store (0 for an empty one). */
export function schemaVersion(store) {
    const row = store.db.prepare("SELECT MAX(version) AS v FROM schema_migrations").get();
    return row.v ?? 0;
}
function migrate(db, steps) {
    steps.forEach((m, i) => {
        if (m.version !== i + 1)
            throw new Error(`migration "${m.name}" has version ${m.version}, expected ${i + 1}`);
    });
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL
  )`);
    const applied = () => new Map(db.prepare("SELECT version, name FROM schema_migrations").all().map((r) => [r.version, r.name]));
    const known = applied();
    const newest = Math.max(0, ...known.keys());
    if (newest > steps.length) {
        throw new Error(`the store is at schema version ${newest} but this plagentic knows only ${steps.length}; upgrade plagentic`);
    }
    for (const m of steps) {
        // Immediate transactions serialise concurrent openers; re-reading inside makes the loser skip.
        db.transaction(() => {
            const name = applied().get(m.version);
            if (name !== undefined) {
                if (name !== m.name) {
                    throw new Error(`store migration ${m.version} is "${name}" in the file but "${m.name}" in the code`);
                }
                return;
            }
            m.up(db);
            db.prepare("INSERT INTO schema_migrations (version, name) VALUES (?, ?)").run(m.version, m.name);
        }).immediate();
    }
}
