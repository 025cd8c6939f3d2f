/**
 * Canonical JSON: object keys sorted, no whitespace, `undefined` dropped. Plans are hashed over
 * this form so that the same plan always has the same hash whatever order it was built in.
 */
import { createHash } from "node:crypto";
import { sortStrings } from "../sort-strings.js";
export function canonicalJson(value) {
    const chunks = [];
    writeCanonical(value, (chunk) => chunks.push(chunk));
    return chunks.join("");
}
/** sha256 of `canonicalJson(value)`, without holding the whole text (a large plan's is 10+ MB). */
export function canonicalSha256(value) {
    const hash = createHash("sha256");
    writeCanonical(value, (chunk) => hash.update(chunk));
    return hash.digest("hex");
}
/**
 * Pieces the text is handed on in: joining a list of pieces is quicker than building one long
 * string by `+=` (a deep rope, slow to flatten) or handing each piece on alone (a call each). The
 * list is filled to the same length every time, so it is allocated once.
 */
const PIECES = 4096;
/** Strings that JSON.stringify writes as they are between quotes: no quote, backslash, control or lone surrogate. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
function quote(text) {
    return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;
}
/** A string that is written as it is between quotes. */
function isPlainString(v) {
    return typeof v === "string" && !NEEDS_ESCAPE.test(v);
}
/**
 * Writes the canonical text of `value` in one pass, each object's keys sorted as it is reached (by
 * UTF-16 code units, as `Array.prototype.sort` does), instead of building a sorted copy for
 * JSON.stringify: the copy of a 10,000-resource plan cost more than the writing. Functions and
 * symbols are `null`, also as object values, and a non-finite number is refused.
 */
function writeCanonical(value, emit) {
    const pieces = [];
    let count = 0;
    const write = (text) => {
        pieces[count++] = text;
        if (count === PIECES) {
            emit(pieces.join(""));
            count = 0;
        }
    };
    // Plans repeat the same few keys tens of thousands of times: what opens each one is written once.
    const keyTexts = new Map();
    const textsOf = (key) => {
        let texts = keyTexts.get(key);
        if (texts === undefined) {
            const q = quote(key);
            texts = { first: `{${q}:`, next: `,${q}:`, firstQuoted: `{${q}:"`, nextQuoted: `,${q}:"` };
            keyTexts.set(key, texts);
        }
        return texts;
    };
    const visit = (v) => {
        if (isPlainString(v)) {
            // Written between quotes as three pieces: nothing is built.
            write('"');
            write(v);
            write('"');
            return;
        }
        if (v === null || typeof v !== "object") {
            write(scalarText(v));
            return;
        }
        if (Array.isArray(v)) {
            write("[");
            for (let i = 0; i < v.length; i++) {
                if (i > 0)
                    write(",");
                visit(v[i]);
            }
            write("]");
            return;
        }
        const source = v;
        let first = true;
        for (const key of sortStrings(Object.keys(source))) {
            const item = source[key];
            if (item === undefined)
                continue;
            const texts = textsOf(key);
            if (isPlainString(item)) {
                write(first ? texts.firstQuoted : texts.nextQuoted);
                write(item);
                write('"');
            }
            else {
                write(first ? texts.first : texts.next);
                visit(item);
            }
            first = false;
        }
        write(first ? "{}" : "}");
    };
    visit(value);
    pieces.length = count;
    if (count > 0)
        emit(pieces.join(""));
}
/** A scalar as JSON.stringify writes it, with `undefined`, functions and symbols as `null`. */
function scalarText(value) {
    switch (typeof value) {
        case "string":
            return quote(value);
        case "number":
            if (!Number.isFinite(value))
                throw new Error("cannot hash a non-finite number");
            return String(value);
        case "boolean":
            return value ? "true" : "false";
        case "undefined":
        case "function":
        case "symbol":
            return "null";
        default:
            // null, and a bigint, which JSON.stringify refuses with its own error.
            return JSON.stringify(value);
    }
}
export function sha256Hex(text) {
    return createHash("sha256").update(text).digest("hex");
}
/**
 * Deep equality under canonical JSON (key order does not matter), decided by walking both values
 * rather than writing them out: the diff compares every attribute of every resource.
 */
export function sameValue(a, b) {
    if (a === b)
        return true;
    if (a === null || b === null || typeof a !== "object" || typeof b !== "object")
        return false;
    if (canonicalEqual(a, b))
        return true;
    // Comparing the texts refused a value that has none (a non-finite number, a bigint) anywhere in
    // either; writing them out when the walk finds a difference keeps exactly those errors.
    canonicalJson(a);
    canonicalJson(b);
    return false;
}
/**
 * Whether two values have the same canonical text; what the text writes as `null` is one value.
 * A value that cannot be written counts as a difference, for `sameValue` to report.
 */
function canonicalEqual(a, b) {
    const aNull = writesAsNull(a);
    const bNull = writesAsNull(b);
    if (aNull || bNull)
        return aNull && bNull;
    if (typeof a !== "object" || typeof b !== "object") {
        // Equal finite numbers write the same text, 0 and -0 included ("0"); strings and booleans are
        // equal exactly when their texts are.
        if (typeof a === "number" && !Number.isFinite(a))
            return false;
        if (typeof a === "bigint")
            return false;
        return a === b;
    }
    const aArray = Array.isArray(a);
    if (aArray !== Array.isArray(b))
        return false;
    if (aArray) {
        const x = a;
        const y = b;
        if (x.length !== y.length)
            return false;
        for (let i = 0; i < x.length; i++)
            if (!canonicalEqual(x[i], y[i]))
                return false;
        return true;
    }
    const x = a;
    const y = b;
    // Keys whose value is undefined are not written, so they do not count on either side.
    let keys = 0;
    for (const key of Object.keys(x)) {
        const item = x[key];
        if (item === undefined)
            continue;
        keys++;
        if (!isEnumerableOwn.call(y, key) || !canonicalEqual(item, y[key]))
            return false;
    }
    for (const key of Object.keys(y))
        if (y[key] !== undefined)
            keys--;
    return keys === 0;
}
const isEnumerableOwn = Object.prototype.propertyIsEnumerable;
function writesAsNull(v) {
    return v === null || v === undefined || typeof v === "function" || typeof v === "symbol";
}
