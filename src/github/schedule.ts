/**
 * A scheduled tick for one repository: the App's scheduler (`serve`, on `drift.schedule`) queues it
 * as an event, and the Action runs it on its workflow's `schedule` event. Both hand it to the
 * router, which runs every task below in turn; one task failing does not stop the others.
 */
import { emptyOutcome, type EventOutcome, type GitHubContext } from "./context.js";
import { SCHEDULED_TASKS } from "./scheduled-tasks.js";

/** The event name a scheduled tick travels under, in the App's queue and the router. */
export const SCHEDULE_EVENT = "schedule";

export interface ScheduleTick {
  /** When the tick was due. */
  at: Date;
  /**
   * Whether the drift check is due: the App's ticks say so when `drift.schedule` fired; the
   * Action's schedule event always checks, its workflow's cron being the schedule.
   */
  drift: boolean;
}

export interface ScheduledTask {
  name: string;
  run(ctx: GitHubContext, tick: ScheduleTick): Promise<Partial<EventOutcome>>;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- the tick's payload is read defensively */

/** The tick a payload describes; an App tick carries `schedule`, a workflow's schedule event does not. */
export function tickOf(payload: any, now: Date, mode: GitHubContext["mode"]): ScheduleTick {
  const at = typeof payload?.schedule?.at === "string" ? new Date(payload.schedule.at) : now;
  const drift = mode === "action" ? true : payload?.schedule?.drift === true;
  return { at: Number.isNaN(at.getTime()) ? now : at, drift };
}

export async function onSchedule(ctx: GitHubContext, tick: ScheduleTick): Promise<EventOutcome> {
  const outcome: EventOutcome = { ...emptyOutcome(), handled: true };
  const failures: string[] = [];
  for (const task of SCHEDULED_TASKS) {
    try {
      const part = await task.run(ctx, tick);
      outcome.plans.push(...(part.plans ?? []));
      outcome.applies.push(...(part.applies ?? []));
      outcome.summary.push(...(part.summary ?? []));
      if (part.failed !== undefined) failures.push(`${task.name}: ${part.failed}`);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      ctx.log.error(`scheduled ${task.name} failed: ${message}`);
      failures.push(`${task.name}: ${message}`);
    }
  }
  if (failures.length > 0) outcome.failed = failures.join("; ");
  return outcome;
}
