import type { ScheduledTask } from "./schedule.js";
export declare const driftTask: ScheduledTask;
