import { sortStrings } from "../sort-strings.js";
import { maxOf, pushAll } from "./arrays.js";
import { deepEqual, formatKey, formatScalar, isPlainObject } from "./values.js";
const HEADLINE = {
    create: "will be created",
    update: "will be updated in-place",
    replace: "must be replaced",
    delete: "will be destroyed",
    adopt: "will be adopted (ownership tags added, nothing else changes)",
};
/** An adopt change that also updates attributes the live resource has otherwise. */
const ADOPT_WITH_UPDATE = "will be adopted (ownership tags added, then updated in-place)";
/** Under a deposed copy's header, as Terraform explains its deposed objects. */
const DEPOSED_NOTE = "# (a second copy left over from a replacement that did not finish)";
const RESOURCE_SIGN = {
    create: "+",
    update: "~",
    replace: "-/+",
    delete: "-",
    adopt: "~",
};
/**
 * `aws_instance.web[1]` → `web`, the name Terraform prints in `resource "aws_instance" "web"`; a
 * deposed copy's is the name of the resource it was. A Terraform address in a module or with a
 * `for_each` key (`module.net.aws_subnet.this["a"]`) gives `this` the same way.
 */
function resourceName(change) {
    const { type } = change;
    const address = change.liveAddress ?? change.address;
    const at = address.startsWith(`${type}.`) ? 0 : address.indexOf(`.${type}.`) + 1;
    if (at === 0 && !address.startsWith(`${type}.`))
        return address;
    const rest = address.slice(at + type.length + 1);
    return /^[A-Za-z0-9_-]+/.exec(rest)?.[0] ?? rest;
}
function line(depth, sign, text) {
    return { kind: "line", depth, sign, text };
}
function closing(depth, text, closes) {
    return { kind: "line", depth, sign: " ", text, closes };
}
function comment(depth, text) {
    return { kind: "comment", depth, sign: " ", text };
}
function hidden(depth, count, noun) {
    if (count === 0)
        return [];
    return [comment(depth, `# (${count} unchanged ${noun}${count === 1 ? "" : "s"} hidden)`)];
}
function withNote(lines, note) {
    const first = lines[0];
    if (note !== undefined && first)
        lines[0] = { ...first, note };
    return lines;
}
function isAbsent(v) {
    return v === undefined || v === null;
}
const NO_MAP_KEYS = () => false;
/**
 * A whole value added or removed: every nested line carries the same sign. `suffix` ends the value
 * (" -> null" for a removed attribute, "," for a list element).
 */
function valueLines(prefix, v, depth, sign, suffix, quoteKeys) {
    if (Array.isArray(v)) {
        if (v.length === 0)
            return [line(depth, sign, `${prefix}[]${suffix}`)];
        const out = [line(depth, sign, `${prefix}[`)];
        for (const item of v)
            pushAll(out, valueLines("", item, depth + 1, sign, ",", false));
        out.push(closing(depth, `]${suffix}`, sign));
        return out;
    }
    if (isPlainObject(v)) {
        const keys = sortStrings(Object.keys(v));
        if (keys.length === 0)
            return [line(depth, sign, `${prefix}{}${suffix}`)];
        const width = maxOf(keys.map((k) => formatKey(k, quoteKeys).length));
        const out = [line(depth, sign, `${prefix}{`)];
        for (const k of keys) {
            const key = `${formatKey(k, quoteKeys).padEnd(width)} = `;
            pushAll(out, valueLines(key, v[k], depth + 1, sign, "", false));
        }
        out.push(closing(depth, `}${suffix}`, sign));
        return out;
    }
    return [line(depth, sign, `${prefix}${formatScalar(v)}${suffix}`)];
}
/**
 * The difference between two values of one attribute or list element. `element` marks list
 * elements, which end with "," and are removed without Terraform's "-> null".
 */
function diffValue(prefix, before, after, depth, element, quoteKeys) {
    const end = element ? "," : "";
    const removedEnd = element ? "," : " -> null";
    if (isAbsent(before) && isAbsent(after))
        return [];
    if (isAbsent(before))
        return valueLines(prefix, after, depth, "+", end, quoteKeys);
    if (isAbsent(after))
        return valueLines(prefix, before, depth, "-", removedEnd, quoteKeys);
    if (deepEqual(before, after))
        return [];
    if (Array.isArray(before) && Array.isArray(after)) {
        const out = pushAll([line(depth, "~", `${prefix}[`)], listDiff(before, after, depth + 1));
        out.push(line(depth, " ", `]${end}`));
        return out;
    }
    if (isPlainObject(before) && isPlainObject(after)) {
        const out = [line(depth, "~", `${prefix}{`)];
        pushAll(out, objectDiff(before, after, depth + 1, { mapKeys: quoteKeys }));
        out.push(line(depth, " ", `}${end}`));
        return out;
    }
    const scalar = (v) => !Array.isArray(v) && !isPlainObject(v);
    if (scalar(before) && scalar(after)) {
        return [line(depth, "~", `${prefix}${formatScalar(before)} -> ${formatScalar(after)}${end}`)];
    }
    // A value that changes shape (string to list, say) reads best as a removal and an addition.
    const out = valueLines(prefix, before, depth, "-", removedEnd, quoteKeys);
    return pushAll(out, valueLines(prefix, after, depth, "+", end, quoteKeys));
}
/** Children of an object that differ, with `=` aligned among the shown keys and the unchanged ones counted. */
function objectDiff(before, after, depth, opts) {
    const quote = opts.mapKeys ?? false;
    const childIsMap = opts.childIsMap ?? NO_MAP_KEYS;
    const identity = opts.identity ?? [];
    const keys = sortStrings([...new Set([...Object.keys(before), ...Object.keys(after)])]);
    const changed = keys.filter((k) => !deepEqual(before[k] ?? null, after[k] ?? null));
    const shownKeys = [...identity.map(([k]) => k), ...changed];
    const width = maxOf(shownKeys.map((k) => formatKey(k, quote).length));
    const prefix = (k) => `${formatKey(k, quote).padEnd(width)} = `;
    const lines = identity.map(([k, v]) => line(depth, " ", `${prefix(k)}${formatScalar(v)}`));
    for (const k of changed) {
        pushAll(lines, withNote(diffValue(prefix(k), before[k], after[k], depth, false, childIsMap(k)), opts.note?.(k)));
    }
    return pushAll(lines, hidden(depth, keys.length - changed.length, quote ? "element" : "attribute"));
}
/** Longest common subsequence, after trimming the common ends; large lists fall back to replace-all. */
function listOps(before, after) {
    let start = 0;
    while (start < before.length && start < after.length && deepEqual(before[start], after[start]))
        start++;
    let endB = before.length;
    let endA = after.length;
    while (endB > start && endA > start && deepEqual(before[endB - 1], after[endA - 1])) {
        endB--;
        endA--;
    }
    const ops = before.slice(0, start).map((value) => ({ kind: "same", value }));
    const b = before.slice(start, endB);
    const a = after.slice(start, endA);
    if (b.length * a.length > 250_000) {
        for (const value of b)
            ops.push({ kind: "del", value });
        for (const value of a)
            ops.push({ kind: "add", value });
    }
    else {
        // table[i][j] = LCS length of b[i..] and a[j..]
        const table = Array.from({ length: b.length + 1 }, () => new Array(a.length + 1).fill(0));
        for (let i = b.length - 1; i >= 0; i--) {
            for (let j = a.length - 1; j >= 0; j--) {
                table[i][j] = deepEqual(b[i], a[j])
                    ? table[i + 1][j + 1] + 1
                    : Math.max(table[i + 1][j], table[i][j + 1]);
            }
        }
        let i = 0;
        let j = 0;
        while (i < b.length || j < a.length) {
            if (i < b.length && j < a.length && deepEqual(b[i], a[j])) {
                ops.push({ kind: "same", value: b[i] });
                i++;
                j++;
            }
            else if (j >= a.length || (i < b.length && table[i + 1][j] >= table[i][j + 1])) {
                ops.push({ kind: "del", value: b[i] });
                i++;
            }
            else {
                ops.push({ kind: "add", value: a[j] });
                j++;
            }
        }
    }
    for (let k = endB; k < before.length; k++)
        ops.push({ kind: "same", value: before[k] });
    return ops;
}
function listDiff(before, after, depth) {
    const ops = listOps(before, after);
    const lines = [];
    let same = 0;
    let dels = [];
    let adds = [];
    const flushGap = () => {
        // Objects at the same position in a changed run are shown as edited, not as removed and re-added.
        const paired = Math.min(dels.length, adds.length);
        const restDels = [];
        const restAdds = [];
        for (let i = 0; i < Math.max(dels.length, adds.length); i++) {
            const d = dels[i];
            const a = adds[i];
            if (i < paired && isPlainObject(d) && isPlainObject(a)) {
                lines.push(line(depth, "~", "{"));
                pushAll(lines, objectDiff(d, a, depth + 1, {}));
                lines.push(line(depth, " ", "},"));
            }
            else {
                if (d !== undefined)
                    restDels.push(d);
                if (a !== undefined)
                    restAdds.push(a);
            }
        }
        for (const d of restDels)
            pushAll(lines, valueLines("", d, depth, "-", ",", false));
        for (const a of restAdds)
            pushAll(lines, valueLines("", a, depth, "+", ",", false));
        dels = [];
        adds = [];
    };
    for (const op of ops) {
        if (op.kind === "same") {
            flushGap();
            same++;
            continue;
        }
        pushAll(lines, hidden(depth, same, "element"));
        same = 0;
        (op.kind === "del" ? dels : adds).push(op.value);
    }
    flushGap();
    return pushAll(lines, hidden(depth, same, "element"));
}
/** Attributes with the tags shown as one more map-valued attribute, as Terraform shows them. */
function viewOf(state) {
    if (!state)
        return {};
    const view = { ...state.attributes };
    // The view is only read, so the tags need no copy of their own.
    if (Object.keys(state.tags).length > 0)
        view.tags = state.tags;
    return view;
}
const TAGS_ARE_MAP = (key) => key === "tags";
/** The lines of one change, from its "# <address> will be ..." header to the closing brace. */
export function changeLines(change, opts) {
    const protectedNote = change.protected && change.action !== "create" ? " (protected)" : "";
    const lines = [
        {
            kind: "header",
            depth: 0,
            sign: " ",
            text: `# ${change.address} ${headline(change)}${protectedNote}`,
        },
    ];
    if (change.liveAddress !== undefined) {
        lines.push({ kind: "header", depth: 0, sign: " ", text: DEPOSED_NOTE });
    }
    else if (change.action === "delete" && !opts.destroyPlan) {
        lines.push({ kind: "header", depth: 0, sign: " ", text: "# (because it is no longer in the spec)" });
    }
    const sign = RESOURCE_SIGN[change.action];
    lines.push(line(0, sign, `resource ${JSON.stringify(change.type)} ${JSON.stringify(resourceName(change))} {`));
    const before = viewOf(change.before);
    const after = viewOf(change.after);
    if (change.action === "create" || change.action === "delete") {
        const shown = change.action === "create" ? after : before;
        const keys = sortStrings(Object.keys(shown).filter((k) => shown[k] !== null));
        const names = keys.map((k) => formatKey(k, false));
        const showsId = change.action === "delete" && change.id !== undefined;
        const width = maxOf(names.map((n) => n.length), showsId ? "id".length : 0);
        const s = change.action === "create" ? "+" : "-";
        const end = change.action === "create" ? "" : " -> null";
        if (showsId) {
            lines.push(line(1, "-", `${"id".padEnd(width)} = ${formatScalar(change.id)} -> null`));
        }
        keys.forEach((k, i) => {
            const key = `${names[i].padEnd(width)} = `;
            pushAll(lines, valueLines(key, shown[k], 1, s, end, TAGS_ARE_MAP(k)));
        });
    }
    else {
        const reasons = new Set(change.replaceReasons ?? []);
        const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
        const forced = [...reasons]
            .filter((r) => !keys.has(r))
            .map((r) => comment(1, `# (replacement forced by ${r})`));
        pushAll(lines, objectDiff(before, after, 1, {
            childIsMap: TAGS_ARE_MAP,
            note: (k) => (change.action === "replace" && reasons.has(k) ? "# forces replacement" : undefined),
            identity: change.id !== undefined ? [["id", change.id]] : [],
        }));
        pushAll(lines, forced);
    }
    lines.push(line(0, " ", "}"));
    return lines;
}
function headline(change) {
    return change.action === "adopt" && change.changedAttributes.length > 0
        ? ADOPT_WITH_UPDATE
        : HEADLINE[change.action];
}
/** Every change's lines, with a blank line between changes. */
export function planDiffLines(changes, opts) {
    const out = [];
    changes.forEach((change, i) => {
        if (i > 0)
            out.push({ kind: "blank", depth: 0, sign: " ", text: "" });
        pushAll(out, changeLines(change, opts));
    });
    return out;
}
/**
 * Terminal layout, as `terraform plan` prints it: the sign right-aligned in a column that grows by
 * four per nesting level, so "  +", "-/+" and "      ~" line up under each other.
 */
export function diffLineText(l, p) {
    if (l.kind === "blank")
        return "";
    if (l.kind === "header")
        return `  ${p.bold(l.text)}`;
    const column = 4 * l.depth + 3;
    const signText = l.sign === " " ? "" : colorSign(l.sign, p);
    const pad = " ".repeat(column - (l.sign === " " ? 0 : l.sign.length));
    const body = l.kind === "comment" ? p.dim(l.text) : l.text;
    const note = l.note !== undefined ? ` ${p.red(l.note)}` : "";
    return `${pad}${signText} ${body}${note}`;
}
function colorSign(sign, p) {
    switch (sign) {
        case "+":
            return p.green("+");
        case "-":
            return p.red("-");
        case "~":
            return p.yellow("~");
        case "-/+":
            return `${p.red("-")}/${p.green("+")}`;
    }
}
/**
 * GitHub `diff` layout (as Atlantis does it): the sign moves to the first column so GitHub colours
 * the line; "~" and "-/+" become "!", which the diff grammar marks as changed.
 */
export function diffLineMarkdown(l) {
    if (l.kind === "blank")
        return "";
    if (l.kind === "header")
        return `  ${l.text}`;
    const sign = l.sign === " " && (l.closes === "+" || l.closes === "-") ? l.closes : l.sign;
    const first = sign === "~" || sign === "-/+" ? "!" : sign;
    const note = l.note !== undefined ? ` ${l.note}` : "";
    return `${first} ${" ".repeat(4 * l.depth)}${l.text}${note}`;
}
