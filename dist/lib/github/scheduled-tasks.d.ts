import type { ScheduledTask } from "./schedule.js";
export declare const SCHEDULED_TASKS: readonly ScheduledTask[];
