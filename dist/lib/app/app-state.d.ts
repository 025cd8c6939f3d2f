import type { ApprovedChanges } from "../store/approved-changes.js";
import { type AuditLog } from "../store/audit-events.js";
import { type EventQueue, type QueuedEvent } from "./event-queue.js";
import type { ReplicaSettings } from "./replica-settings.js";
export interface AppState {
    /** Names this replica in audit events and logs. */
    replicaId: string;
    deliveries: {
        /** True for the first time any replica sees the delivery id; false for every redelivery. */
        firstSeen(deliveryId: string, event: string): Promise<boolean>;
        /** Forgets a delivery that could not be queued, so GitHub's redelivery is taken. */
        forget(deliveryId: string): Promise<void>;
    };
    audit: AuditLog;
    approvedChanges: ApprovedChanges;
    queue: EventQueue;
    /** Stops taking events, waits (bounded) for running ones, then closes the store. */
    close(timeoutMs: number): Promise<boolean>;
}
export interface StateOptions {
    dataDir: string;
    settings: ReplicaSettings;
    /** Events this replica runs at once. */
    concurrency: number;
    onError: (what: string, e: unknown) => void;
    /** A job given up after every takeover failed (PostgreSQL only). */
    onGivenUp?: (event: QueuedEvent, attempts: number) => Promise<void>;
}
export declare function openAppState(opts: StateOptions): Promise<AppState>;
/** The embedded default: `app.db` (or `:memory:`) and the in-process queue. */
export declare function sqliteState(path: string, opts: Omit<StateOptions, "dataDir">): AppState;
