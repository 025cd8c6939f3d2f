/**
 * The store's schema history. Each step runs once, in order, inside the transaction that records
 * it in `schema_migrations`. Append new steps at the end; never edit or reorder a released one,
 * because stores in the field have already run it.
 */
import type { Db } from "./driver.js";
export interface Migration {
    /** Strictly increasing, starting at 1, no gaps. */
    version: number;
    /** Short description, stored with the version so a mismatch between code and file is caught. */
    name: string;
    up(db: Db): void;
}
export declare const migrations: readonly Migration[];
