import type { AppState } from "./app-state.js";
import type { QueuedEvent, RunningEvent } from "./event-queue.js";
import type { WebhookEvent } from "./webhook-intake.js";
export declare class RefusedEvent extends Error {
}
/** The checked facts of an event: what the audit trail and the queue key are made of. */
export interface EventFacts {
    /** `<name>.<action>`, or the name for events without an action. */
    event: string;
    repository: string | null;
    /** One job per key at a time: the repository, or the installation for events about none. */
    key: string;
}
export declare function eventFacts(event: WebhookEvent): EventFacts;
/**
 * Records and queues a verified delivery. "duplicate" when any replica already took its id.
 * Throws when it could not be queued, after forgetting the id and auditing the failure, so the
 * intake answers 503 and GitHub's redelivery is taken.
 */
export declare function acceptDelivery(state: AppState, event: WebhookEvent): Promise<"queued" | "duplicate">;
export interface RunOptions {
    /** Runs the event's handlers (Probot's `receive`); throws when handling failed. */
    receive(event: RunningEvent): Promise<void>;
    onError(event: RunningEvent, e: unknown): void;
}
/**
 * Runs one queued event and audits it. A failure is logged and audited, never thrown: with
 * one job per key, a job the queue retried would hold back the repository's later events, and
 * a retry would act twice on a comment. Only a lost lease (the replica died) runs a job again.
 */
export declare function runQueuedEvent(state: AppState, job: RunningEvent, opts: RunOptions): Promise<void>;
/** A job that lost its lease on every attempt and was given up (see pg-boss-queue.ts). */
export declare function recordGivenUp(state: AppState, job: QueuedEvent, attempts: number): Promise<void>;
