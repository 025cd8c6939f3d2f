import type { BaseCheckpointSaver } from "@langchain/langgraph";
import type { LoadedConfig } from "../config/model.js";
export declare const THREADS_DB = "team-threads.db";
export declare function threadsDbPath(config: LoadedConfig): string;
/** Opens the SQLite checkpointer; the caller closes it with the returned function. */
export declare function openThreadMemory(config: LoadedConfig): Promise<{
    checkpointer: BaseCheckpointSaver;
    close: () => void;
}>;
