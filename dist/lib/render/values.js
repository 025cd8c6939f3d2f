/**
 * How attribute values read in a diff: Terraform's notation, so that users of `terraform plan`
 * recognise it. References stay in the spec's own `ref(<address>)` form, unquoted, so they read as
 * references rather than as strings.
 */
import { refTarget } from "../spec/model.js";
export function isPlainObject(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}
export function deepEqual(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a)) {
        return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
    }
    if (isPlainObject(a) && isPlainObject(b)) {
        const ka = Object.keys(a);
        if (ka.length !== Object.keys(b).length)
            return false;
        return ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
    }
    return false;
}
/** A scalar as it appears after `=`. Strings are JSON-quoted so control characters cannot break a line. */
export function formatScalar(v) {
    if (v === null || v === undefined)
        return "null";
    if (typeof v === "string") {
        const ref = refTarget(v);
        return ref !== undefined ? `ref(${ref})` : JSON.stringify(v);
    }
    if (typeof v === "number" || typeof v === "boolean")
        return String(v);
    return JSON.stringify(v) ?? "null";
}
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** Object keys bare when they are identifiers; map keys (tags) are always quoted, as Terraform does. */
export function formatKey(key, quoted) {
    return quoted || !IDENTIFIER.test(key) ? JSON.stringify(key) : key;
}
/** A whole value on one line, for places that have no room for a block (drift lists, tables). */
export function formatInline(v) {
    if (v === undefined)
        return "(absent)";
    if (Array.isArray(v))
        return v.length === 0 ? "[]" : `[${v.map(formatInline).join(", ")}]`;
    if (isPlainObject(v)) {
        const keys = Object.keys(v).sort();
        if (keys.length === 0)
            return "{}";
        return `{ ${keys.map((k) => `${formatKey(k, false)} = ${formatInline(v[k])}`).join(", ")} }`;
    }
    return formatScalar(v);
}
/**
 * Every string in a value with its control characters made visible (ESC becomes "␛"), so text from
 * the cloud, a spec or a policy cannot carry terminal escape codes or carriage returns into output.
 * Newlines and tabs are kept.
 */
export function scrubControls(value) {
    if (typeof value === "string") {
        // eslint-disable-next-line no-control-regex -- matching control characters is the point
        return value.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => {
            const code = c.charCodeAt(0);
            return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? "\u2421" : "\ufffd";
        });
    }
    if (Array.isArray(value))
        return value.map((v) => scrubControls(v));
    if (typeof value === "object" && value !== null) {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[scrubControls(k)] = scrubControls(v);
        return out;
    }
    return value;
}
