/** The approved changes of plans (approved-changes.ts) in a SQLite store: the App with no database. */
import type { ApprovedChanges } from "./approved-changes.js";
import type { Store } from "./store.js";

export function sqliteApprovedChanges(store: Store): ApprovedChanges {
  const insert = store.db.prepare(
    `INSERT OR IGNORE INTO approved_changes (repository, environment, plan_hash, fingerprints)
     VALUES (?, ?, ?, ?)`,
  );
  const select = store.db.prepare(
    "SELECT fingerprints FROM approved_changes WHERE repository = ? AND environment = ? AND plan_hash = ?",
  );
  return {
    put(key, fingerprints) {
      insert.run(key.repository, key.environment, key.planHash, JSON.stringify(fingerprints));
      return Promise.resolve();
    },
    get(key) {
      const row = select.get(key.repository, key.environment, key.planHash) as
        { fingerprints: string } | undefined;
      return Promise.resolve(row ? (JSON.parse(row.fingerprints) as string[]) : null);
    },
  };
}
