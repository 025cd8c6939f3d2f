/**
 * A scheduled tick for one repository: the App's scheduler (`serve`, on `drift.schedule`) queues it
 * as an event, and the Action runs it on its workflow's `schedule` event. Both hand it to the
 * router, which runs every task below in turn; one task failing does not stop the others.
 */
import { emptyOutcome } from "./context.js";
import { SCHEDULED_TASKS } from "./scheduled-tasks.js";
/** The event name a scheduled tick travels under, in the App's queue and the router. */
export const SCHEDULE_EVENT = "schedule";
/* eslint-disable @typescript-eslint/no-explicit-any -- the tick's payload is read defensively */
/** The tick a payload describes; an App tick carries `schedule`, a workflow's schedule event does not. */
export function tickOf(payload, now, mode) {
    const at = typeof payload?.schedule?.at === "string" ? new Date(payload.schedule.at) : now;
    const drift = mode === "action" ? true : payload?.schedule?.drift === true;
    return { at: Number.isNaN(at.getTime()) ? now : at, drift };
}
export async function onSchedule(ctx, tick) {
    const outcome = { ...emptyOutcome(), handled: true };
    const failures = [];
    for (const task of SCHEDULED_TASKS) {
        try {
            const part = await task.run(ctx, tick);
            outcome.plans.push(...(part.plans ?? []));
            outcome.applies.push(...(part.applies ?? []));
            outcome.summary.push(...(part.summary ?? []));
            if (part.failed !== undefined)
                failures.push(`${task.name}: ${part.failed}`);
        }
        catch (e) {
            const message = e instanceof Error ? e.message : String(e);
            ctx.log.error(`scheduled ${task.name} failed: ${message}`);
            failures.push(`${task.name}: ${message}`);
        }
    }
    if (failures.length > 0)
        outcome.failed = failures.join("; ");
    return outcome;
}
