export const HOURS_PER_MONTH = 730;
