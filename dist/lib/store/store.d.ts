import Database from "better-sqlite3";
import { type Migration } from "./migrations.js";
export interface Store {
    readonly db: Database.Database;
    /** The file path, or `:memory:`. */
    readonly path: string;
    close(): void;
}
export declare function openStore(path: string, options?: {
    migrations?: readonly Migration[];
}): Store;
/** Version of the newest migration applied to the store (0 for an empty one). */
export declare function schemaVersion(store: Store): number;
