import type { WebhookEvent } from "./webhook-intake.js";
export interface ScheduledRepository {
    installationId: number;
    owner: string;
    name: string;
}
/** What a repository's config asks of the clock. */
export interface RepoSchedule {
    /** `drift.schedule`: a cron expression, UTC. */
    drift?: string;
    /** Hourly ticks without a drift check (preview TTLs), used when there is no drift schedule. */
    hourly: boolean;
}
/** Where the scheduler learns which repositories there are and what each one's config says. */
export interface ScheduleSource {
    repositories(): Promise<ScheduledRepository[]>;
    /** Throws when the config cannot be read; the repository is then skipped and logged. */
    schedule(repo: ScheduledRepository): Promise<RepoSchedule>;
}
export interface SchedulerLog {
    info(msg: string): void;
    warn(msg: string): void;
    error(msg: string): void;
}
export interface SchedulerOptions {
    source: ScheduleSource;
    /** Queues the tick (acceptDelivery); a duplicate id is dropped there. */
    accept(event: WebhookEvent): Promise<unknown>;
    now?: () => Date;
    /** How long a repository list and a repository's schedule are kept before being read again. */
    refreshSeconds?: number;
    log: SchedulerLog;
}
export interface Scheduler {
    /** Queues the ticks due in (last check, now]; returns how many were handed to `accept`. */
    check(): Promise<number>;
    /** Checks at the start of every minute until stopped; the timer never keeps the process alive. */
    start(): void;
    stop(): void;
}
/** The tick due for a repository in (`from`, `to`], if any: drift on its cron, else hourly. */
export declare function dueTick(schedule: RepoSchedule, from: Date, to: Date): {
    at: Date;
    drift: boolean;
} | null;
/** The same on every replica for the same repository and due time; a valid delivery id. */
export declare function scheduleDeliveryId(repository: string, at: Date): string;
export declare function tickEvent(repo: ScheduledRepository, tick: {
    at: Date;
    drift: boolean;
}): WebhookEvent;
export declare function createScheduler(opts: SchedulerOptions): Scheduler;
