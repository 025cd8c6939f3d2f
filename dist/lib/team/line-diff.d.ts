/**
 * A unified line diff (the `diff -u` format reviewers know), small enough for spec files. No
 * dependency offers one here, and specs are a few hundred lines, so a quadratic LCS is fine.
 */
export declare function unifiedDiff(before: string | null, after: string, opts: {
    fromFile: string;
    toFile: string;
}): string;
