export const PLAN_FORMAT_VERSION = 1;
