import type { Change, Plan } from "./model.js";
export declare function changeFingerprint(change: Change): string;
/** One 64-hex fingerprint per change, in plan order. */
export declare function changeFingerprints(plan: Plan): string[];
