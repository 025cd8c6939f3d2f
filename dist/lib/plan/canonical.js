/**
 * Canonical JSON: object keys sorted, no whitespace, `undefined` dropped. Plans are hashed over
 * this form so that the same plan always has the same hash whatever order it was built in.
 */
import { createHash } from "node:crypto";
export function canonicalJson(value) {
    if (value === null || typeof value !== "object") {
        if (typeof value === "number" && !Number.isFinite(value))
            throw new Error("cannot hash a non-finite number");
        return JSON.stringify(value) ?? "null";
    }
    if (Array.isArray(value))
        return `[${value.map((v) => (v === undefined ? "null" : canonicalJson(v))).join(",")}]`;
    const entries = Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}
export function sha256Hex(text) {
    return createHash("sha256").update(text).digest("hex");
}
/** Deep equality under canonical JSON (key order does not matter). */
export function sameValue(a, b) {
    if (a === b)
        return true;
    if (a === null || b === null || typeof a !== "object" || typeof b !== "object")
        return false;
    return canonicalJson(a) === canonicalJson(b);
}
