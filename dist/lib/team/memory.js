/**
 * Thread memory for processes that persist (CLI, App): LangGraph checkpoints in a SQLite file next
 * to the state database, so a follow-up in the same thread builds on the last proposal.
 */
import { importOptional } from "../optional-module.js";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
export const THREADS_DB = "team-threads.db";
export function threadsDbPath(config) {
    return join(dirname(config.state.path), THREADS_DB);
}
/** Opens the SQLite checkpointer; the caller closes it with the returned function. */
export async function openThreadMemory(config) {
    const path = threadsDbPath(config);
    mkdirSync(dirname(path), { recursive: true });
    const [{ SqliteSaver }, { default: Database }] = await Promise.all([
        importOptional("teamMemory", () => import("@langchain/langgraph-checkpoint-sqlite")),
        importOptional("teamMemory", () => import("better-sqlite3")),
    ]);
    const db = new Database(path);
    return { checkpointer: new SqliteSaver(db), close: () => db.close() };
}
