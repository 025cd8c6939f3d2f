/** The approved changes of plans (approved-changes.ts) in a SQLite store: the App with no database. */
import type { ApprovedChanges } from "./approved-changes.js";
import type { Store } from "./store.js";
export declare function sqliteApprovedChanges(store: Store): ApprovedChanges;
