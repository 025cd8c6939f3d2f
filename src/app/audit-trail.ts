/**
 * Reads the App's audit trail of events (store/audit-events.ts) from outside a running server:
 * for tests that watch replicas, and for operators. The same records come from either store.
 */
import { resolve } from "node:path";
import { sqliteAuditLog, type AuditRecord } from "../store/audit-events.js";
import { openStore } from "../store/store.js";
import { importOptional } from "../optional-module.js";

export type AuditSource = { databaseUrl: string } | { dataDir: string };

export async function readAuditEvents(source: AuditSource): Promise<AuditRecord[]> {
  if ("databaseUrl" in source) {
    const pg = (await importOptional("postgres", () => import("pg"))).default;
    const { pgAuditLog } = await import("../store/postgres/tables.js");
    const pool = new pg.Pool({ connectionString: source.databaseUrl, max: 1 });
    try {
      return await pgAuditLog(pool).list();
    } finally {
      await pool.end();
    }
  }
  const store = openStore(resolve(source.dataDir, "app.db"));
  try {
    return await sqliteAuditLog(store).list();
  } finally {
    store.close();
  }
}
