/**
 * The part of better-sqlite3's Database the store uses, spelled here rather than imported: the
 * published type declarations reach this file from the SDK's index, and better-sqlite3 (with its
 * types) is an optional dependency a slim install does not have.
 */
export interface Db {
    prepare<P extends unknown[] = unknown[], R = unknown>(sql: string): DbStatement<P, R>;
    transaction<F extends (...args: never[]) => unknown>(fn: F): DbTransaction<F>;
    exec(sql: string): Db;
    pragma(text: string, options?: {
        simple?: boolean;
    }): unknown;
    close(): Db;
    readonly open: boolean;
}
export interface DbStatement<P extends unknown[], R> {
    run(...params: P): {
        changes: number;
        lastInsertRowid: number | bigint;
    };
    get(...params: P): R | undefined;
    all(...params: P): R[];
}
export interface DbTransaction<F extends (...args: never[]) => unknown> {
    (...args: Parameters<F>): ReturnType<F>;
    deferred(...args: Parameters<F>): ReturnType<F>;
    immediate(...args: Parameters<F>): ReturnType<F>;
    exclusive(...args: Parameters<F>): ReturnType<F>;
}
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
