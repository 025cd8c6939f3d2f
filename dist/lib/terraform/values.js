import { SENSITIVE_VALUE, UNKNOWN_VALUE } from "./model.js";
function child(marks, key) {
    if (marks === null || typeof marks !== "object")
        return undefined;
    return marks[key];
}
/** An own property even for `__proto__`, which a plain assignment would turn into a prototype. */
function define(target, key, value) {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
/**
 * `value` with every unknown part replaced by UNKNOWN_VALUE and every sensitive part by
 * SENSITIVE_VALUE. Attributes Terraform left out of `after` because they are unknown come back as
 * UNKNOWN_VALUE, so a reader sees that they are coming.
 */
export function markValue(value, unknown, sensitive) {
    if (sensitive === true)
        return SENSITIVE_VALUE;
    if (unknown === true)
        return UNKNOWN_VALUE;
    if (Array.isArray(value) || Array.isArray(unknown)) {
        const items = Array.isArray(value) ? value : [];
        const length = Math.max(items.length, Array.isArray(unknown) ? unknown.length : 0);
        const out = [];
        for (let i = 0; i < length; i++)
            out.push(markValue(items[i], child(unknown, i), child(sensitive, i)));
        return out;
    }
    const isObject = (v) => typeof v === "object" && v !== null;
    if (isObject(value) || (value == null && isObject(unknown) && Object.keys(unknown).length > 0)) {
        const source = isObject(value) ? value : {};
        const out = {};
        const keys = new Set(Object.keys(source));
        if (isObject(unknown))
            for (const [k, mark] of Object.entries(unknown))
                if (mark === true)
                    keys.add(k);
        for (const k of keys)
            define(out, k, markValue(source[k], child(unknown, k), child(sensitive, k)));
        return out;
    }
    if (value === undefined)
        return null;
    return value;
}
/** The marked attributes of one side of a change, or null where the resource does not exist. */
export function markedAttributes(value, unknown, sensitive) {
    if (value === null || value === undefined || typeof value !== "object" || Array.isArray(value)) {
        return null;
    }
    return markValue(value, unknown, sensitive);
}
export function isUnknown(value) {
    return value === UNKNOWN_VALUE;
}
