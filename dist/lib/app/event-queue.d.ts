/**
 * The queue between the webhook intake and the handlers. It carries events, not closures, so that
 * with a shared database any replica can run what another one received. Two implementations:
 * `memoryEventQueue` here (one process, the SQLite store) and pg-boss on PostgreSQL
 * (pg-boss-queue.ts). Both run one event per key at a time, in the order queued.
 */
import type { WebhookEvent } from "./webhook-intake.js";
export interface QueuedEvent extends WebhookEvent {
    /** The repository (`owner/repo`), or a key of its own for events about none. */
    key: string;
}
export interface RunningEvent extends QueuedEvent {
    /** 0 for the first run; more when another replica's lease on it expired (a takeover). */
    attempt: number;
}
/** Runs one event. It must not throw for a job that merely failed; see `runQueuedEvent`. */
export type EventHandler = (event: RunningEvent) => Promise<void>;
export interface EventQueue {
    /** Queues the event; false when an event with its id is already queued (a redelivery). */
    push(event: QueuedEvent): Promise<boolean>;
    /** Starts taking events; called once, before the first push is answered. */
    work(handle: EventHandler): Promise<void>;
    /** Events queued or running in this process. */
    size(): number;
    /** Stops taking events and waits (bounded) for running ones; returns whether they all ended. */
    close(timeoutMs: number): Promise<boolean>;
}
export declare function memoryEventQueue(opts: {
    concurrency: number;
    onError: (key: string, e: unknown) => void;
}): EventQueue;
