/**
 * Canonical JSON: object keys sorted, no whitespace, `undefined` dropped. Plans are hashed over
 * this form so that the same plan always has the same hash whatever order it was built in.
 */
import { createHash } from "node:crypto";
export function canonicalJson(value) {
    // The native serializer is several times faster than building the text here, and gives the same
    // text for a copy whose objects hold their keys in sorted order. Objects cannot hold integer-like
    // keys ("2", "10") in that order, since JavaScript puts those first, so such values, rare in a
    // plan, are written out by hand.
    try {
        return JSON.stringify(sortedCopy(value)) ?? "null";
    }
    catch (e) {
        if (e === UNSORTABLE)
            return written(value);
        throw e;
    }
}
const UNSORTABLE = new Error("an object key that cannot keep its sorted place");
const INDEX_KEY = /^(?:0|[1-9]\d{0,9})$/;
function sortedCopy(value) {
    if (value === null || typeof value !== "object")
        return scalar(value);
    if (Array.isArray(value)) {
        const out = new Array(value.length);
        for (let i = 0; i < value.length; i++)
            out[i] = sortedCopy(value[i]);
        return out;
    }
    const source = value;
    const out = {};
    for (const key of Object.keys(source).sort()) {
        const v = source[key];
        if (v === undefined)
            continue;
        if (key === "__proto__" || (INDEX_KEY.test(key) && Number(key) < 2 ** 32 - 1))
            throw UNSORTABLE;
        out[key] = sortedCopy(v);
    }
    return out;
}
/** A scalar as both serializers treat it: functions and symbols are `null`, as in an array. */
function scalar(value) {
    if (typeof value === "number" && !Number.isFinite(value))
        throw new Error("cannot hash a non-finite number");
    return typeof value === "function" || typeof value === "symbol" ? null : value;
}
function written(value) {
    if (value === null || typeof value !== "object")
        return JSON.stringify(scalar(value)) ?? "null";
    if (Array.isArray(value))
        return `[${value.map((v) => (v === undefined ? "null" : written(v))).join(",")}]`;
    const entries = Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${written(v)}`).join(",")}}`;
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
