/**
 * What a scheduled tick does, in order: one row per task. Adding a scheduled check is one file and
 * one row here.
 */
import { driftTask } from "./drift-task.js";
import { expiredPreviewsTask } from "./preview-destroy.js";
import type { ScheduledTask } from "./schedule.js";

export const SCHEDULED_TASKS: readonly ScheduledTask[] = [driftTask, expiredPreviewsTask];
