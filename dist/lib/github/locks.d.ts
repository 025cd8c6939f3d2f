import type { GitHubClient, RepoRef } from "./client.js";
export interface LockHolder {
    pr: number;
    environment: string;
    /** Login of whoever asked for the plan that took the lock. */
    user: string;
    headSha: string;
    /** The PR's URL, for "locked by …" messages. */
    url: string;
    /** ISO time the lock was taken. */
    at: string;
}
/** The holder a pull request's plan or apply takes the lock as. */
export declare function holderFor(pr: {
    number: number;
    headSha: string;
    htmlUrl: string;
}, environment: string, user: string, now: Date): LockHolder;
export type AcquireResult = {
    acquired: true;
} | {
    acquired: false;
    heldBy: LockHolder;
};
export interface Locks {
    /** Takes the lock, or reports who holds it. The PR that already holds it acquires again (a re-plan). */
    acquire(environment: string, holder: LockHolder): Promise<AcquireResult>;
    get(environment: string): Promise<LockHolder | null>;
    /** Releases the lock if `pr` holds it; returns whether it did. */
    release(environment: string, pr: number): Promise<boolean>;
    /** Releases whoever holds it (`unlock`); the caller checks that the user may. */
    forceRelease(environment: string): Promise<void>;
    /** Releases those of `environments` that `pr` holds; returns the ones released. */
    releaseAllForPr(pr: number, environments: string[]): Promise<string[]>;
}
export declare function lockRef(environment: string): string;
export declare function lockMessage(holder: LockHolder): string;
/**
 * The holder a lock commit's message names. A message that does not parse still means the lock
 * is held, by someone unknown (pr 0): only `forceRelease` frees it, never a silent takeover.
 */
export declare function parseLockMessage(environment: string, message: string): LockHolder;
export declare function createLocks(client: GitHubClient, repo: RepoRef): Locks;
