/**
 * The audit trail of applies: who applied which plan to which environment, when, and what
 * happened to each resource. Times are given by the caller, never read here.
 */
import type { ApplyResult } from "../plan/model.js";
import type { Store } from "./store.js";
export interface ApplyMeta {
    startedAt: string;
    finishedAt: string;
    actor?: string;
}
export interface ApplyRecord extends ApplyResult, ApplyMeta {
    /** Row id; increases with every recorded apply. */
    id: number;
}
/** Records one apply and its per-resource results atomically; returns the record's id. */
export declare function recordApply(store: Store, result: ApplyResult, meta: ApplyMeta): number;
/** The environment's most recent applies, newest first. */
export declare function listApplies(store: Store, environment: string, limit: number): ApplyRecord[];
