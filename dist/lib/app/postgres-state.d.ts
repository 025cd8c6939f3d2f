import type { AppState, StateOptions } from "./app-state.js";
import type { DatabaseUrl } from "./replica-settings.js";
export declare function openPostgresState(db: DatabaseUrl, opts: Omit<StateOptions, "dataDir">): Promise<AppState>;
