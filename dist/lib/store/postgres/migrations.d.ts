/**
 * The App's PostgreSQL schema history, for replicas that share one database. The same rules as
 * the SQLite store's (../migrations.ts): versions 1, 2, 3... in order, each run once inside the
 * transaction that records it, a released step never edited or reordered. pg-boss keeps its own
 * schema (`pgboss`) with its own migrations.
 */
export interface PgMigration {
    /** Strictly increasing, starting at 1, no gaps. */
    version: number;
    /** Stored with the version, so a database migrated by other code is caught. */
    name: string;
    sql: string;
}
export declare const pgMigrations: readonly PgMigration[];
