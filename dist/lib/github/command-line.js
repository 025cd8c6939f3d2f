/**
 * Whether a comment is addressed to Plagentic at all, in one place for the App's parser and the
 * Action's pre-filter, so both answer the same for the same comment. It imports nothing: the
 * Action asks it before loading anything else.
 *
 * A comment is addressed to us when its first non-blank line, trimmed, starts with `/plagentic`
 * in ASCII letters of any case, followed by a space, a tab or the end of the line. Only ASCII
 * counts: `toLowerCase()` would map look-alikes such as the Kelvin sign (U+212A) to `k`.
 */
export const PREFIX = "/plagentic";
/** Lower-cases ASCII letters only; null when the text holds anything beyond ASCII. */
export function asciiLower(text) {
    let out = "";
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c > 0x7f)
            return null;
        out += c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 0x20) : text[i];
    }
    return out;
}
/** The first line with anything but whitespace, and the offset just past it; linear in the body. */
export function firstNonBlankLine(body) {
    let start = 0;
    while (start <= body.length) {
        const nl = body.indexOf("\n", start);
        const end = nl === -1 ? body.length : nl;
        const text = body.slice(start, end);
        if (text.trim() !== "")
            return { text, end };
        if (nl === -1)
            return null;
        start = nl + 1;
    }
    return null;
}
/** The text after `/plagentic` on the comment's first non-blank line, or null when not addressed to us. */
export function addressedText(body) {
    const first = firstNonBlankLine(body);
    if (first === null)
        return null;
    const line = first.text.trim();
    if (line.length < PREFIX.length || asciiLower(line.slice(0, PREFIX.length)) !== PREFIX)
        return null;
    const after = line.slice(PREFIX.length);
    if (after !== "" && after[0] !== " " && after[0] !== "\t")
        return null;
    return { rest: after.replace(/^[ \t]+/, ""), line, end: first.end };
}
