/**
 * What a scheduled tick does, in order: one row per task. Adding a scheduled check is one file and
 * one row here.
 */
import { driftTask } from "./drift-task.js";
import { expiredPreviewsTask } from "./preview-destroy.js";
export const SCHEDULED_TASKS = [driftTask, expiredPreviewsTask];
