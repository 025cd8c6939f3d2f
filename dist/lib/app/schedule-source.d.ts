import type { Probot } from "probot";
import type { Env } from "../config/loader.js";
import type { SchedulerLog, ScheduleSource } from "./scheduler.js";
export declare function probotScheduleSource(probot: Probot, opts: {
    env: Env;
    dataDir: string;
    log: SchedulerLog;
}): ScheduleSource;
