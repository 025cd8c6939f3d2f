/**
 * Resuming an apply that another replica started and did not finish. The plan re-derived from
 * live hashes differently from the approved one (part of it is done), so the hash check cannot
 * hold; in its place every change left must be one the approved plan held (invariant 2: nothing
 * is applied that nobody reviewed). What the dead replica finished is gone from the plan, and what
 * it sent but the cloud does not list yet is answered by the same idempotency tokens, because a
 * resume derives them from the approved hash and the first try's attempt.
 */
import { RefusedError } from "../spec/errors.js";
import type { Plan } from "./model.js";
export interface ResumeFrom {
    /** The approved plan's change fingerprints (`changeFingerprints`), as kept when it was posted. */
    fingerprints: readonly string[];
}
/** The re-derived plan holds a change the approved plan did not: nothing was applied. */
export declare class ResumeRefusedError extends RefusedError {
    readonly environment: string;
    readonly unapproved: string[];
    constructor(environment: string, unapproved: string[]);
}
/** Throws unless every change of `plan` is one of the approved ones. */
export declare function assertResumable(plan: Plan, approvedHash: string, resume: ResumeFrom): void;
