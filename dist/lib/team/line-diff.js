/**
 * A unified line diff (the `diff -u` format reviewers know), small enough for spec files. No
 * dependency offers one here, and specs are a few hundred lines, so a quadratic LCS is fine.
 */
const CONTEXT = 3;
export function unifiedDiff(before, after, opts) {
    const a = splitLines(before ?? "");
    const b = splitLines(after);
    const ops = lineOps(a, b);
    if (!ops.some((op) => op.kind !== " "))
        return "";
    const header = [`--- ${before === null ? "/dev/null" : `a/${opts.fromFile}`}`, `+++ b/${opts.toFile}`];
    return [...header, ...hunks(ops)].join("\n") + "\n";
}
function splitLines(text) {
    if (text === "")
        return [];
    const lines = text.split("\n");
    if (lines[lines.length - 1] === "")
        lines.pop();
    return lines;
}
function lineOps(a, b) {
    const n = a.length;
    const m = b.length;
    // lcs[i][j] = length of the longest common subsequence of a[i..] and b[j..].
    const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) {
        for (let j = m - 1; j >= 0; j--) {
            lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    const ops = [];
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
        if (a[i] === b[j]) {
            ops.push({ kind: " ", line: a[i] });
            i++;
            j++;
        }
        else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
            ops.push({ kind: "-", line: a[i++] });
        }
        else {
            ops.push({ kind: "+", line: b[j++] });
        }
    }
    while (i < n)
        ops.push({ kind: "-", line: a[i++] });
    while (j < m)
        ops.push({ kind: "+", line: b[j++] });
    return ops;
}
function hunks(ops) {
    const out = [];
    let k = 0;
    // Line numbers (1-based) in the old and new text at position k.
    const oldAt = [];
    const newAt = [];
    let o = 1;
    let nw = 1;
    for (const op of ops) {
        oldAt.push(o);
        newAt.push(nw);
        if (op.kind !== "+")
            o++;
        if (op.kind !== "-")
            nw++;
    }
    while (k < ops.length) {
        if (ops[k].kind === " ") {
            k++;
            continue;
        }
        const start = Math.max(0, k - CONTEXT);
        let end = k;
        // Extend the hunk while the next change is within 2×CONTEXT unchanged lines.
        for (;;) {
            while (end < ops.length && ops[end].kind !== " ")
                end++;
            let next = end;
            while (next < ops.length && ops[next].kind === " ")
                next++;
            if (next < ops.length && next - end <= 2 * CONTEXT) {
                end = next;
                continue;
            }
            end = Math.min(ops.length, end + CONTEXT);
            break;
        }
        const slice = ops.slice(start, end);
        const oldCount = slice.filter((op) => op.kind !== "+").length;
        const newCount = slice.filter((op) => op.kind !== "-").length;
        const oldStart = oldCount === 0 ? oldAt[start] - 1 : oldAt[start];
        const newStart = newCount === 0 ? newAt[start] - 1 : newAt[start];
        out.push(`@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@`);
        for (const op of slice)
            out.push(`${op.kind}${op.line}`);
        k = end;
    }
    return out;
}
function range(start, count) {
    return count === 1 ? `${start}` : `${start},${count}`;
}
