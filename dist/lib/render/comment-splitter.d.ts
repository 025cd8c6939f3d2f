/**
 * Fitting a long body of lines into GitHub comments. GitHub rejects a comment longer than 65,536
 * characters, so a long diff is spread over several comments (whole lines only) and, beyond
 * `MAX_COMMENT_PARTS`, trimmed with a note of how much is missing.
 */
export declare const GITHUB_COMMENT_LIMIT = 65536;
export declare const MAX_COMMENT_PARTS = 10;
export interface PartSlice {
    /** 0-based index of the part. */
    index: number;
    total: number;
    lines: readonly string[];
    /** 0-based position of `lines[0]` in the whole list. */
    firstLine: number;
    totalLines: number;
    /** Lines left out because the parts ran out; non-zero on the last part only. */
    omitted: number;
}
export interface SplitOptions {
    limit?: number;
    maxParts?: number;
}
/**
 * Renders `lines` as one comment when it fits, else as parts each within `limit`. `render` lays out
 * one part around its slice of lines; it is asked once with no lines per kind of part to learn how
 * much room its own text takes.
 */
export declare function splitIntoParts(lines: readonly string[], render: (slice: PartSlice) => string, opts?: SplitOptions): string[];
