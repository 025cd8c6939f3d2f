/**
 * Cron expressions, read by croner: the one place that knows the library, so config validation and
 * the schedulers (serve, the Action) agree on what an expression means. Five fields, minute
 * precision, in UTC.
 */
import { Cron } from "croner";

/** Why an expression is not a five-field cron expression, or null when it is one. */
export function cronProblem(expression: string): string | null {
  if (expression.trim().split(/\s+/).length !== 5)
    return `expected five fields (minute hour day-of-month month day-of-week), e.g. "0 6 * * *"`;
  try {
    new Cron(expression, { paused: true, timezone: "UTC" });
    return null;
  } catch (e) {
    return `not a cron expression: ${e instanceof Error ? e.message : String(e)}`;
  }
}

/** The first time strictly after `after` the expression fires, or null when it never does again. */
export function nextFiring(expression: string, after: Date): Date | null {
  return new Cron(expression, { paused: true, timezone: "UTC" }).nextRun(after);
}

/** Whether the expression fires in the interval (`from`, `to`]. */
export function firesBetween(expression: string, from: Date, to: Date): Date | null {
  const next = nextFiring(expression, from);
  return next !== null && next.getTime() <= to.getTime() ? next : null;
}
