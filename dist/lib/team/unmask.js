/**
 * Putting secrets back into a proposed spec. The model sees every secret as the mask (agent-loop
 * masks all it is sent), so a model that keeps a value holding one writes the mask back. Written
 * as is, the spec would then hold a literal mask where a real value was, and the diff would show
 * nothing of it (`"***" -> "***"`). A masked value is given its real value again only where that is
 * unambiguous: the same place in the spec held a value that masks to exactly what the model wrote.
 * Any other mask is refused, so a mask is never written into a spec.
 */
import { isAlias, isMap, isScalar, isSeq, parseDocument } from "yaml";
import { MASK } from "../render/redact.js";
import { PlagenticError } from "../spec/errors.js";
/**
 * `proposed` with each masked value restored from `before`, the spec the model was shown (masked
 * by `redact`). Throws when a mask appears anywhere it cannot be restored.
 */
export function restoreMaskedValues(proposed, before, redact, file) {
    if (!proposed.includes(MASK))
        return proposed;
    const originals = new Map();
    if (before !== null) {
        for (const f of valuesOf(parseDocument(before), before)) {
            const key = JSON.stringify(f.place);
            // Two values at one place (a duplicated resource) cannot say which one a mask stood for.
            originals.set(key, originals.has(key) ? null : f);
        }
    }
    const edits = [];
    const restored = [];
    for (const f of valuesOf(parseDocument(proposed), proposed)) {
        if (!f.value.includes(MASK))
            continue;
        const original = originals.get(JSON.stringify(f.place));
        if (!original || redact(original.value) !== f.value) {
            throw new PlagenticError(`${file}: ${placeText(f.place)} holds "${MASK}", which stands for a secret Plagentic does not show, ` +
                `but the current spec has no secret at that place for it to stand for. Keep a masked value ` +
                `exactly as shown and where it was, or remove it; never write "${MASK}" into a spec.`);
        }
        restored.push(f.range);
        if (original.value === f.value)
            continue;
        const source = original.inline && before !== null ? before.slice(...original.range) : JSON.stringify(original.value);
        edits.push({ range: f.range, place: f.place, value: original.value, source });
    }
    const stray = maskOutside(proposed, restored);
    if (stray !== undefined) {
        throw new PlagenticError(`${file}:${lineOf(proposed, stray)}: "${MASK}" stands for a secret Plagentic does not show and can be put ` +
            `back only in the value it was shown in; remove it from keys and comments.`);
    }
    let text = proposed;
    for (const e of [...edits].sort((a, b) => b.range[0] - a.range[0])) {
        const old = text.slice(...e.range);
        // A block scalar's range takes its last line break with it.
        text = text.slice(0, e.range[0]) + e.source + (old.endsWith("\n") ? "\n" : "") + text.slice(e.range[1]);
    }
    check(text, edits, file);
    return text;
}
/** Every scalar of a document with its place, in document order. */
function valuesOf(doc, text) {
    const out = [];
    const visit = (node, place) => {
        if (isMap(node)) {
            for (const pair of node.items) {
                if (isScalar(pair.key))
                    visit(pair.value, [...place, String(pair.key.value)]);
            }
        }
        else if (isSeq(node)) {
            node.items.forEach((item, i) => visit(item, [...place, [addressOf(item) ?? i]]));
        }
        else if (isScalar(node) && node.range) {
            const range = [node.range[0], node.range[1]];
            if (typeof node.value === "string" || typeof node.value === "number") {
                const inline = !String(node.type).startsWith("BLOCK") && !text.slice(...range).includes("\n");
                out.push({ place, value: String(node.value), range, inline });
            }
        }
        else if (isAlias(node) && node.range) {
            const range = [node.range[0], node.range[1]];
            out.push({ place, value: text.slice(...range), range, inline: false });
        }
    };
    visit(doc.contents, []);
    return out;
}
/** `aws_instance.web` for a resource entry. */
function addressOf(item) {
    if (!isMap(item))
        return undefined;
    const type = item.get("type");
    const name = item.get("name");
    return typeof type === "string" && typeof name === "string" ? `${type}.${name}` : undefined;
}
function placeText(place) {
    return (place.map((p, i) => (Array.isArray(p) ? `[${p[0]}]` : i === 0 ? p : `.${p}`)).join("") || "the document");
}
/** The offset of the first mask outside every range, if any. */
function maskOutside(text, ranges) {
    for (let i = text.indexOf(MASK); i !== -1; i = text.indexOf(MASK, i + 1)) {
        if (!ranges.some(([from, to]) => i >= from && i + MASK.length <= to))
            return i;
    }
    return undefined;
}
function lineOf(text, offset) {
    return text.slice(0, offset).split("\n").length;
}
/** The restored text reads back with exactly the original values where the masks were. */
function check(text, edits, file) {
    if (edits.length === 0)
        return;
    const doc = parseDocument(text);
    const values = new Map(valuesOf(doc, text).map((f) => [JSON.stringify(f.place), f.value]));
    for (const e of edits) {
        if (doc.errors.length > 0 || values.get(JSON.stringify(e.place)) !== e.value) {
            throw new PlagenticError(`${file}: ${placeText(e.place)}: the secret masked there could not be put back; keep the line as it was shown`);
        }
    }
}
