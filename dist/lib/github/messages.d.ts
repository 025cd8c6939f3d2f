import type { ApprovalVerdict } from "./approvals.js";
import type { Verb } from "./commands.js";
/** `/plagentic plan staging` as a code span. */
export declare function commandHint(verb: Verb, environment?: string): string;
/** A refused command: the reason and what would work (both from `authorizeCommand`). */
export declare function refusal(reason: string, hint: string): string;
/** A malformed command; `message` comes from `parseComment`. */
export declare function parseErrorReply(message: string): string;
export declare function helpReply(validEnvironments: string[]): string;
export declare function unknownEnvironment(name: string, valid: readonly string[]): string;
/** A command without an environment where the pull request touches several. */
export declare function ambiguousEnvironment(verb: Verb, candidates: readonly string[]): string;
export interface LockHolder {
    /** The pull request (or issue) number holding the lock. */
    number: number;
    /** Its address; only an http(s) URL is linked. */
    url?: string;
}
/** Another pull request holds the environment's lock. */
export declare function lockHeld(environment: string, holder: LockHolder): string;
export declare function unlocked(environment: string): string;
export declare function nothingToUnlock(environment?: string): string;
export declare function noPlan(environment: string): string;
/** Apply was asked for a plan made on an older commit. */
export declare function stalePlan(environment: string, plannedSha: string, headSha: string): string;
/** The banner put on sticky comments after a push. */
export declare function staleBanner(headSha: string): string;
/** The reply after a push, listing the environments whose plans became stale. */
export declare function plansMarkedStale(environments: readonly string[], headSha: string): string;
/** Apply re-derived the plan and it differs from the approved one (invariant 2). */
export declare function planChanged(environment: string): string;
/** Apply stopped on an unexpected error; the details are in the server's or the job's log. */
export declare function applyCrashed(environment: string): string;
/** Planning stopped on an error after the lock was taken; the lock was released. */
export declare function planCrashed(environment: string, detail: string | null): string;
/** `/plagentic unlock` released a lock: whose it was, and which plans were discarded. */
export declare function lockReleased(environment: string, holder: {
    pr: number;
    user: string;
}, here: number): string;
export declare function policyFailed(environment: string): string;
/** Apply was asked for but some requirements are not met; `unmet` is one short phrase each. */
export declare function applyRequirementsNotMet(environment: string, unmet: readonly string[]): string;
/** The approval requirements an `ApprovalVerdict` leaves unmet, as phrases for `applyRequirementsNotMet`. */
export declare function unmetApprovals(verdict: ApprovalVerdict, requester: string, headSha: string, permission?: string): string[];
/** A command that is received and running, for handlers that reply before the work finishes. */
export declare function working(verb: Verb, environment?: string): string;
/** Heads the apply reply when a replica resumed an apply another one left half done. */
export declare function resumedApply(environment: string, left: number): string;
/** A taken-over apply cannot be resumed: the approved plan's changes were not kept. */
export declare function cannotResume(environment: string): string;
