/**
 * A scheduled tick for one repository: the App's scheduler (`serve`, on `drift.schedule`) queues it
 * as an event, and the Action runs it on its workflow's `schedule` event. Both hand it to the
 * router, which runs every task below in turn; one task failing does not stop the others.
 */
import { type EventOutcome, type GitHubContext } from "./context.js";
/** The event name a scheduled tick travels under, in the App's queue and the router. */
export declare const SCHEDULE_EVENT = "schedule";
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
/** The tick a payload describes; an App tick carries `schedule`, a workflow's schedule event does not. */
export declare function tickOf(payload: any, now: Date, mode: GitHubContext["mode"]): ScheduleTick;
export declare function onSchedule(ctx: GitHubContext, tick: ScheduleTick): Promise<EventOutcome>;
