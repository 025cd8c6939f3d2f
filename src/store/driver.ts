/**
 * Opening a SQLite database. better-sqlite3 (a native module) is the driver wherever npm installed
 * it; the bundled GitHub Action has no node_modules, so there the built-in `node:sqlite` of the
 * runner's Node.js (22.5 and later) stands in, wrapped to the small part of better-sqlite3's API
 * the store uses. Loaded lazily, so nothing pays for a database it does not open.
 */
import { createRequire } from "node:module";
import type Database from "better-sqlite3";
import { PlagenticError } from "../spec/errors.js";

const require = createRequire(import.meta.url);

/**
 * The part of better-sqlite3's Database the store uses, spelled here rather than imported: the
 * published type declarations reach this file from the SDK's index, and better-sqlite3 (with its
 * types) is an optional dependency a slim install does not have.
 */
export interface Db {
  prepare<P extends unknown[] = unknown[], R = unknown>(sql: string): DbStatement<P, R>;
  transaction<F extends (...args: never[]) => unknown>(fn: F): DbTransaction<F>;
  exec(sql: string): Db;
  pragma(text: string, options?: { simple?: boolean }): unknown;
  close(): Db;
  readonly open: boolean;
}

export interface DbStatement<P extends unknown[], R> {
  run(...params: P): { changes: number; lastInsertRowid: number | bigint };
  get(...params: P): R | undefined;
  all(...params: P): R[];
}

export interface DbTransaction<F extends (...args: never[]) => unknown> {
  (...args: Parameters<F>): ReturnType<F>;
  deferred(...args: Parameters<F>): ReturnType<F>;
  immediate(...args: Parameters<F>): ReturnType<F>;
  exclusive(...args: Parameters<F>): ReturnType<F>;
}

export function openDatabase(path: string, timeoutMs: number): Db {
  let Better: typeof Database | undefined;
  try {
    Better = require("better-sqlite3") as typeof Database;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "MODULE_NOT_FOUND") throw e;
  }
  if (Better) {
    try {
      return new Better(path, { timeout: timeoutMs }) as unknown as Db;
    } catch (e) {
      // An install built by another Node.js (node_modules kept across a Node upgrade) fails to
      // load its native part here; the built-in driver still works, so say how to fix it and go on.
      if ((e as NodeJS.ErrnoException).code !== "ERR_DLOPEN_FAILED") throw e;
      warnRebuild();
    }
  }
  return openNodeSqlite(path, timeoutMs);
}

let warned = false;
function warnRebuild(): void {
  if (warned) return;
  warned = true;
  process.emitWarning(
    `better-sqlite3 was built for another Node.js than ${process.version}; using the built-in node:sqlite. ` +
      "Run `npm rebuild better-sqlite3` to use it again.",
  );
}

export interface NodeStatement {
  run(...params: unknown[]): { changes: number | bigint; lastInsertRowid: number | bigint };
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}

export interface NodeDatabase {
  prepare(sql: string): NodeStatement;
  exec(sql: string): void;
  close(): void;
  readonly isOpen?: boolean;
}

function openNodeSqlite(path: string, timeoutMs: number): Db {
  let sqlite: { DatabaseSync: new (path: string, opts?: { timeout?: number }) => NodeDatabase };
  try {
    sqlite = require("node:sqlite") as typeof sqlite;
  } catch {
    throw new PlagenticError(
      "the local store needs better-sqlite3 (run npm ci) or Node.js 22.5 or later, which has node:sqlite built in",
    );
  }
  return adaptSyncDatabase(new sqlite.DatabaseSync(path, { timeout: timeoutMs }));
}

/** better-sqlite3's API (the part the store uses) over a node:sqlite-style synchronous database. */
export function adaptSyncDatabase(db: NodeDatabase): Db {
  let open = true;
  let depth = 0;
  const transaction = <A extends unknown[], R>(fn: (...args: A) => R) => {
    const run =
      (begin: string) =>
      (...args: A): R => {
        // Nested calls join the outer transaction, as better-sqlite3's do.
        if (depth > 0) return fn(...args);
        db.exec(begin);
        depth++;
        try {
          const result = fn(...args);
          db.exec("COMMIT");
          return result;
        } catch (e) {
          db.exec("ROLLBACK");
          throw e;
        } finally {
          depth--;
        }
      };
    return Object.assign(run("BEGIN"), {
      deferred: run("BEGIN DEFERRED"),
      immediate: run("BEGIN IMMEDIATE"),
      exclusive: run("BEGIN EXCLUSIVE"),
    });
  };
  const adapter = {
    prepare: (sql: string) => db.prepare(sql),
    exec: (sql: string) => {
      db.exec(sql);
      return adapter;
    },
    // Settings are statements; reads return rows, as better-sqlite3's pragma() does.
    pragma: (text: string) => {
      if (text.includes("=")) {
        db.exec(`PRAGMA ${text}`);
        return [];
      }
      return db.prepare(`PRAGMA ${text}`).all();
    },
    transaction,
    close: () => {
      if (open) db.close();
      open = false;
      return adapter;
    },
    get open() {
      return open;
    },
  };
  return adapter as unknown as Db;
}
