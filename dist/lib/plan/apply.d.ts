import { RefusedError } from "../spec/errors.js";
import { type PlanInputs } from "./engine.js";
import type { ApplyResult, Change, Plan, ResourceResult } from "./model.js";
import { type ResumeFrom } from "./resume.js";
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
    /**
     * Names this attempt at applying the plan; by default a fresh random id. Tokens are stable
     * within an attempt, so the SDKs' retries and a provider's own token lookup find what the first
     * try created. They differ between attempts: the same spec against the same live state plans
     * the same hash again after a destroy, and a cloud that remembers tokens (GCE's requestId, EC2's
     * ClientToken) would answer a reused one with the old, finished operation and create nothing.
     * A later attempt cannot duplicate an earlier one's resources: they carry ownership tags, so the
     * re-derived plan sees them and no longer matches the approved hash.
     */
    attempt?: string;
    /** Changes applied at the same time, at most (default 10, as Terraform's -parallelism). */
    parallelism?: number;
    /**
     * Resume an apply of the plan hashed `expectedHash` (the full hash) that another replica left
     * half done: the re-derived plan need not hash the same, but each of its changes must be an
     * approved one (resume.ts). Needs `attempt`, the first try's, so that its tokens come back.
     */
    resume?: ResumeFrom;
}
export declare const DEFAULT_PARALLELISM = 10;
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
export declare function idempotencyToken(planHash: string, address: string, action: string, attempt: string): string;
