/**
 * Resuming an apply that another replica started and did not finish. The plan re-derived from
 * live hashes differently from the approved one (part of it is done), so the hash check cannot
 * hold; in its place every change left must be one the approved plan held (invariant 2: nothing
 * is applied that nobody reviewed). What the dead replica finished is gone from the plan, and what
 * it sent but the cloud does not list yet is answered by the same idempotency tokens, because a
 * resume derives them from the approved hash and the first try's attempt.
 */
import { RefusedError } from "../spec/errors.js";
import { changeFingerprint } from "./fingerprints.js";
/** Addresses listed in a refusal, at most; the rest are counted. */
const LISTED = 10;
/** The re-derived plan holds a change the approved plan did not: nothing was applied. */
export class ResumeRefusedError extends RefusedError {
    environment;
    unapproved;
    constructor(environment, unapproved) {
        const shown = unapproved.slice(0, LISTED).join(", ");
        const more = unapproved.length > LISTED ? ` and ${unapproved.length - LISTED} more` : "";
        super(`the apply of ${environment} could not be resumed: what is left to do is not what was approved ` +
            `(${shown}${more}); the spec or the live state changed since. Nothing was applied. ` +
            `Run \`plagentic plan ${environment}\` and review the new plan.`);
        this.environment = environment;
        this.unapproved = unapproved;
    }
}
const FULL_HASH = /^[0-9a-f]{64}$/;
/** Throws unless every change of `plan` is one of the approved ones. */
export function assertResumable(plan, approvedHash, resume) {
    // Tokens are derived from the approved hash, so a printed prefix would derive other tokens.
    if (!FULL_HASH.test(approvedHash))
        throw new RefusedError(`a resumed apply needs the approved plan's full hash, not ${JSON.stringify(approvedHash.slice(0, 80))}`);
    const approved = new Set(resume.fingerprints);
    const unapproved = plan.changes.filter((c) => !approved.has(changeFingerprint(c))).map((c) => c.address);
    if (unapproved.length > 0)
        throw new ResumeRefusedError(plan.environment, unapproved);
}
