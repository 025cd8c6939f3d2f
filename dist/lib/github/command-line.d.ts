/**
 * Whether a comment is addressed to Plagentic at all, in one place for the App's parser and the
 * Action's pre-filter, so both answer the same for the same comment. It imports nothing: the
 * Action asks it before loading anything else.
 *
 * A comment is addressed to us when its first non-blank line, trimmed, starts with `/plagentic`
 * in ASCII letters of any case, followed by a space, a tab or the end of the line. Only ASCII
 * counts: `toLowerCase()` would map look-alikes such as the Kelvin sign (U+212A) to `k`.
 */
export declare const PREFIX = "/plagentic";
/** Lower-cases ASCII letters only; null when the text holds anything beyond ASCII. */
export declare function asciiLower(text: string): string | null;
/** The first line with anything but whitespace, and the offset just past it; linear in the body. */
export declare function firstNonBlankLine(body: string): {
    text: string;
    end: number;
} | null;
/** The text after `/plagentic` on the comment's first non-blank line, or null when not addressed to us. */
export declare function addressedText(body: string): {
    rest: string;
    line: string;
    end: number;
} | null;
