/**
 * App mode: GitHub redelivers a webhook (same `X-GitHub-Delivery` id) when it thinks we missed
 * it, or when someone clicks "Redeliver". Each delivery must be processed once, across restarts,
 * so the log lives in the store and the check is one atomic insert.
 */
import type { Store } from "../store/store.js";
export interface DeliveryLog {
    /** True the first time a delivery id is seen (and records it); false for every redelivery. */
    firstSeen(deliveryId: string, event: string): boolean;
    /** Forgets deliveries received more than `days` days ago; returns how many. */
    prune(days: number): number;
    /** Forgets one delivery, so that GitHub's redelivery of an event that could not be queued is taken. */
    forget(deliveryId: string): void;
}
export declare function createDeliveryLog(store: Store, now?: () => Date): DeliveryLog;
