/** Small pieces of GitHub-flavoured Markdown shared by the plan, apply and drift comments. */
/**
 * Text from elsewhere (policy messages, error messages, price reasons) placed in a comment: kept on
 * one line, unable to open HTML or break a table, and unable to @-mention anyone.
 */
export declare function escapeInline(text: string): string;
/** Inline code; the fence grows past any run of backticks inside. */
export declare function code(text: string): string;
/** A fence longer than any run of backticks in the lines, so no value can close the block early. */
export declare function fenceFor(lines: readonly string[]): string;
/**
 * The caller's hidden marker (used to find and update the bot's own comments) as an HTML comment.
 * A complete `<!-- ... -->` line is used as given.
 */
export declare function markerLine(marker: string | undefined): string | undefined;
export declare const MAX_LINE = 2000;
/** What follows the kept part of a shortened line; the redactor looks for it (see redact.ts). */
export declare const CUT_MARK = " \u2026 (";
/** A line longer than anyone reads in a comment is shortened, so one value cannot fill a part. */
export declare function capLine(line: string, max?: number): string;
/**
 * The leading items whose lines fit in `budget` characters; the caller says how many were left out.
 * Keeps sections that can grow with the plan (cost rows, findings) from crowding out the summary.
 * Items are taken from the iterable only until the budget runs out, so a lazy one is formatted no
 * further than it is shown; give its `total` length, since it cannot be counted without that.
 */
export declare function takeWithin(items: Iterable<string>, budget: number, total?: number | undefined): {
    kept: string[];
    left: number;
};
/** "1,234", independent of the runtime's locale data. */
export declare function formatCount(n: number): string;
export declare function count(n: number, noun: string, plural?: string): string;
