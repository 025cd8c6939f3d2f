/**
 * Starts the App's scheduler for `serve`, as its environment says: on unless
 * `PLAGENTIC_SCHEDULER=off`, with repository lists and configs re-read every
 * `PLAGENTIC_SCHEDULE_REFRESH_SECONDS` (300 by default).
 */
import type { Probot } from "probot";
import type { Env } from "../config/loader.js";
import type { AppState } from "./app-state.js";
import { type Scheduler, type SchedulerLog } from "./scheduler.js";
export declare function startScheduler(opts: {
    env: Env;
    probot: Probot;
    dataDir: string;
    state: AppState;
    log: SchedulerLog;
}): Scheduler | null;
