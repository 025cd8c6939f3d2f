/**
 * A fingerprint per change: what the change does, not what it starts from. A replica that takes
 * over a half-done apply re-derives the plan from live; the changes the dead replica finished are
 * gone from it and the rest keep their fingerprints, because `before` (the live side, which the
 * half-done apply moved) is left out. The live id counts only for a delete: it names what goes.
 */
import { canonicalSha256 } from "./canonical.js";
export function changeFingerprint(change) {
    return canonicalSha256({
        address: change.address,
        type: change.type,
        action: change.action,
        after: change.after,
        ...(change.action === "delete" && { id: change.id ?? null, liveAddress: change.liveAddress }),
    });
}
/** One 64-hex fingerprint per change, in plan order. */
export function changeFingerprints(plan) {
    return plan.changes.map(changeFingerprint);
}
