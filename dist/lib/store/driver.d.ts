import type Database from "better-sqlite3";
export type Db = Database.Database;
export declare function openDatabase(path: string, timeoutMs: number): Db;
export interface NodeStatement {
    run(...params: unknown[]): {
        changes: number | bigint;
        lastInsertRowid: number | bigint;
    };
    get(...params: unknown[]): unknown;
    all(...params: unknown[]): unknown[];
}
export interface NodeDatabase {
    prepare(sql: string): NodeStatement;
    exec(sql: string): void;
    close(): void;
    readonly isOpen?: boolean;
}
/** better-sqlite3's API (the part the store uses) over a node:sqlite-style synchronous database. */
export declare function adaptSyncDatabase(db: NodeDatabase): Db;
