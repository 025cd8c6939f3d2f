/**
 * The changes a plan was made of, kept by the App beside its queue. A replica that takes over an
 * apply another replica left half done re-derives the plan from what is live; that plan hashes
 * differently (part of it is done), so the hash alone cannot prove it is still the approved
 * change. Every change it still holds must instead be one of the approved plan's changes.
 */
export interface PlanKey {
    /** `owner/repo`. */
    repository: string;
    environment: string;
    planHash: string;
}
export interface ApprovedChanges {
    /** Keeps a plan's change fingerprints (see `changeFingerprints`); putting the same key again is a no-op. */
    put(key: PlanKey, fingerprints: readonly string[]): Promise<void>;
    /** The fingerprints kept for the plan, or null when none were. */
    get(key: PlanKey): Promise<readonly string[] | null>;
}
