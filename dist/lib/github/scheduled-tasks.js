export const SCHEDULED_TASKS = [];
