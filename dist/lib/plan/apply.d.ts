/**
 * Applying a plan. There is no apply without a plan: the plan is re-derived from the same inputs
 * and must hash to the approved value, or nothing is touched (invariant 2). Creates carry a token
 * derived from (plan hash, address) so a retry never duplicates (invariant 8).
 */
import { RefusedError } from "../spec/errors.js";
import { type PlanInputs } from "./engine.js";
import type { ApplyResult, Change, Plan, ResourceResult } from "./model.js";
export interface ApplyProgress {
    address: string;
    action: Change["action"];
    /** 1-based position among the steps and their total. */
    step: number;
    total: number;
    status: "started" | ResourceResult["status"];
    error?: string;
}
export interface ApplyInputs extends PlanInputs {
    /** Hash of the plan that was reviewed; apply refuses anything else. */
    expectedHash: string;
    onProgress?: (event: ApplyProgress) => void;
}
export declare class StalePlanError extends RefusedError {
    readonly expected: string;
    readonly actual: string;
    constructor(expected: string, actual: string, environment: string);
}
export declare function applyPlan(inputs: ApplyInputs): Promise<{
    plan: Plan;
    result: ApplyResult;
}>;
/** A full hash, or a prefix of at least 12 characters as printed in summaries. */
export declare function hashMatches(actual: string, expected: string): boolean;
/** Refuses plans that must not be applied whatever their hash. */
export declare function assertApplicable(plan: Plan): void;
/**
 * A short, stable idempotency token shaped like a UUID, because GCE's requestId must be one and
 * EC2's ClientToken accepts one.
 */
export declare function idempotencyToken(planHash: string, address: string, action: string): string;
