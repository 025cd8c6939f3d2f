/**
 * How attribute values read in a diff: Terraform's notation, so that users of `terraform plan`
 * recognise it. References stay in the spec's own `ref(<address>)` form, unquoted, so they read as
 * references rather than as strings.
 */
import { deposedRefTarget, refTarget } from "../spec/model.js";
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
        const ref = refTarget(v) ?? deposedRefTarget(v);
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
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
function visible(c) {
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? "\u2421" : "\ufffd";
}
/**
 * Every string in a value with its control characters made visible (ESC becomes "␛"), so text from
 * the cloud, a spec or a policy cannot carry terminal escape codes or carriage returns into output.
 * Newlines and tabs are kept. Parts with nothing to scrub are returned as they are rather than
 * copied: a plan of 100,000 changes is mostly clean, and copying it all cost a second.
 */
export function scrubControls(value) {
    if (typeof value === "string")
        return (CONTROL.test(value) ? value.replace(CONTROLS, visible) : value);
    if (Array.isArray(value)) {
        let out;
        for (let i = 0; i < value.length; i++) {
            const item = value[i];
            const scrubbed = scrubControls(item);
            if (scrubbed !== item) {
                out ??= value.slice();
                out[i] = scrubbed;
            }
        }
        return (out ?? value);
    }
    if (typeof value === "object" && value !== null) {
        const keys = Object.keys(value);
        const source = value;
        let out;
        for (let i = 0; i < keys.length; i++) {
            const k = keys[i];
            const key = scrubControls(k);
            const v = scrubControls(source[k]);
            if (out === undefined && (key !== k || v !== source[k])) {
                // Rebuilt from the first difference on, so key order stays as it was.
                out = {};
                for (let j = 0; j < i; j++)
                    define(out, keys[j], source[keys[j]]);
            }
            if (out !== undefined)
                define(out, key, v);
        }
        return (out ?? value);
    }
    return value;
}
/** An own property even for `__proto__`, which plain assignment would turn into a prototype. */
function define(target, key, value) {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
