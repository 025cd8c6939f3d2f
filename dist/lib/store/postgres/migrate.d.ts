/**
 * Brings a PostgreSQL database to the schema this code knows. Replicas start together (a rollout,
 * a scale-up), so the whole check-and-apply runs in one transaction that first takes a
 * transaction-level advisory lock: the others wait on it, then find every step recorded.
 */
import type { Pool } from "pg";
import { type PgMigration } from "./migrations.js";
/** The advisory lock key: a constant no other user of the database picks ("plagen" in ASCII). */
export declare const MIGRATION_LOCK = 123610792945006;
export declare const MIGRATIONS_TABLE = "plagentic_schema_migrations";
/** Applies the missing steps; returns the versions this call applied. */
export declare function migratePostgres(pool: Pool, steps?: readonly PgMigration[]): Promise<number[]>;
