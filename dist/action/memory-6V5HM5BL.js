import { createRequire as __plagenticRequire } from 'node:module'; const require = __plagenticRequire(import.meta.url);
import {
  importOptional
} from "./chunk-ZDK5MVZP.js";
import "./chunk-WMOPTJPP.js";
import "./chunk-TXMSPRBW.js";

// src/team/memory.ts
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
var THREADS_DB = "team-threads.db";
function threadsDbPath(config) {
  return join(dirname(config.state.path), THREADS_DB);
}
async function openThreadMemory(config) {
  const path = threadsDbPath(config);
  mkdirSync(dirname(path), { recursive: true });
  const [{ SqliteSaver }, { default: Database }] = await Promise.all([
    importOptional("teamMemory", () => import("./dist-E3WIH4CB.js")),
    importOptional("teamMemory", () => import("better-sqlite3"))
  ]);
  const db = new Database(path);
  return { checkpointer: new SqliteSaver(db), close: () => db.close() };
}
export {
  THREADS_DB,
  openThreadMemory,
  threadsDbPath
};
