import type { EventQueue, QueuedEvent } from "./event-queue.js";
export declare const EVENTS_QUEUE = "plagentic-events";
export declare const DEAD_EVENTS_QUEUE = "plagentic-events-dead";
/** Takeovers after the first run, before a job is given up. */
export declare const RETRY_LIMIT = 2;
/** A UUID determined by the delivery id, so every replica names the same delivery's job alike. */
export declare function jobIdOf(deliveryId: string): string;
export interface PgBossQueueOptions {
    url: string;
    leaseSeconds: number;
    /** Jobs this replica runs at once. */
    concurrency: number;
    replicaId: string;
    /** A job given up after its retries (dead letter), and pg-boss's own errors. */
    onGivenUp: (event: QueuedEvent, attempts: number) => Promise<void>;
    onError: (e: unknown) => void;
}
export declare function pgBossQueue(opts: PgBossQueueOptions): Promise<EventQueue>;
