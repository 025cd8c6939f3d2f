/**
 * Opening a SQLite database. better-sqlite3 (a native module) is the driver wherever npm installed
 * it; the bundled GitHub Action has no node_modules, so there the built-in `node:sqlite` of the
 * runner's Node.js (22.5 and later) stands in, wrapped to the small part of better-sqlite3's API
 * the store uses. Loaded lazily, so nothing pays for a database it does not open.
 */
import { createRequire } from "node:module";
import { PlagenticError } from "../spec/errors.js";
const require = createRequire(import.meta.url);
export function openDatabase(path, timeoutMs) {
    let Better;
    try {
        Better = require("better-sqlite3");
    }
    catch (e) {
        if (e.code !== "MODULE_NOT_FOUND")
            throw e;
    }
    if (Better) {
        try {
            return new Better(path, { timeout: timeoutMs });
        }
        catch (e) {
            // An install built by another Node.js (node_modules kept across a Node upgrade) fails to
            // load its native part here; the built-in driver still works, so say how to fix it and go on.
            if (e.code !== "ERR_DLOPEN_FAILED")
                throw e;
            warnRebuild();
        }
    }
    return openNodeSqlite(path, timeoutMs);
}
let warned = false;
function warnRebuild() {
    if (warned)
        return;
    warned = true;
    process.emitWarning(`better-sqlite3 was built for another Node.js than ${process.version}; using the built-in node:sqlite. ` +
        "Run `npm rebuild better-sqlite3` to use it again.");
}
function openNodeSqlite(path, timeoutMs) {
    let sqlite;
    try {
        sqlite = require("node:sqlite");
    }
    catch {
        throw new PlagenticError("the local store needs better-sqlite3 (run npm ci) or Node.js 22.5 or later, which has node:sqlite built in");
    }
    return adaptSyncDatabase(new sqlite.DatabaseSync(path, { timeout: timeoutMs }));
}
/** better-sqlite3's API (the part the store uses) over a node:sqlite-style synchronous database. */
export function adaptSyncDatabase(db) {
    let open = true;
    let depth = 0;
    const transaction = (fn) => {
        const run = (begin) => (...args) => {
            // Nested calls join the outer transaction, as better-sqlite3's do.
            if (depth > 0)
                return fn(...args);
            db.exec(begin);
            depth++;
            try {
                const result = fn(...args);
                db.exec("COMMIT");
                return result;
            }
            catch (e) {
                db.exec("ROLLBACK");
                throw e;
            }
            finally {
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
        prepare: (sql) => db.prepare(sql),
        exec: (sql) => {
            db.exec(sql);
            return adapter;
        },
        // Settings are statements; reads return rows, as better-sqlite3's pragma() does.
        pragma: (text) => {
            if (text.includes("=")) {
                db.exec(`PRAGMA ${text}`);
                return [];
            }
            return db.prepare(`PRAGMA ${text}`).all();
        },
        transaction,
        close: () => {
            if (open)
                db.close();
            open = false;
            return adapter;
        },
        get open() {
            return open;
        },
    };
    return adapter;
}
