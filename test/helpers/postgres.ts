/**
 * A real PostgreSQL for the App's replica tests: each test file gets a fresh database (a random
 * name, dropped afterwards) on the server PLAGENTIC_TEST_DATABASE_URL names, or the local default
 * that .ci/run starts. No server reachable fails the run in CI and skips (visibly) elsewhere, as
 * the moto tests do.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { describe, it } from "vitest";

export const ADMIN_URL =
  process.env["PLAGENTIC_TEST_DATABASE_URL"] || "postgres://postgres:postgres@127.0.0.1:5432/postgres";

/** Whether the server answers; the reason when it does not. */
export async function postgresReachable(): Promise<{ ok: true } | { ok: false; reason: string }> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Checks the server once for a test file. True when the file's tests can run; otherwise it
 * registers a failing test (CI) or prints why they are skipped.
 */
export async function requirePostgres(suite: string): Promise<boolean> {
  const r = await postgresReachable();
  if (r.ok) return true;
  if (process.env["CI"] === "true") {
    describe(suite, () => {
      it("needs PostgreSQL", () => {
        throw new Error(`PostgreSQL is not reachable (${r.reason}), and CI=true: ${suite} must run in CI`);
      });
    });
  } else {
    console.warn(
      `SKIPPED: ${suite} — PostgreSQL is not reachable (${r.reason}); set PLAGENTIC_TEST_DATABASE_URL or start one (pg_ctlcluster 15 main start)`,
    );
  }
  return false;
}

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A new, empty database on the test server. */
export async function freshDatabase(): Promise<TestDatabase> {
  const name = `plagentic_test_${randomBytes(6).toString("hex")}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
}
