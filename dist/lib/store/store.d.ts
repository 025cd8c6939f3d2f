import { type Db } from "./driver.js";
import { type Migration } from "./migrations.js";
export interface Store {
    readonly db: Db;
    /** The file path, or `:memory:`. */
    readonly path: string;
    close(): void;
}
export declare function openStore(path: string, options?: {
    migrations?: readonly Migration[];
    open?: (path: string, timeoutMs: number) => Db;
}): Store;
/** Version of the newest migration applied to the store (0 for an empty one). */
export declare function schemaVersion(store: Store): number;
