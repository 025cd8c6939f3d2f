/**
 * YAML documents that can say where each value came from, so that every error about a spec,
 * config or team file can name its file, line, column and field. Positions cost far more than the
 * values, so they are worked out only when an error asks for one.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import { SpecError } from "./errors.js";
import { parseYamlSubset } from "./yaml-subset.js";
export function formatFieldPath(path) {
    let out = "";
    for (const part of path) {
        if (typeof part === "number")
            out += `[${part}]`;
        else
            out += out === "" ? part : `.${part}`;
    }
    return out;
}
/**
 * Reads `text` as YAML. Specs in the common subset are read by the fast reader, and the document
 * with source positions is built only when an error needs a line and column; anything else goes
 * through the `yaml` library straight away, which also reports syntax errors.
 */
export function parseYamlSource(text, file) {
    const fast = parseYamlSubset(text);
    let positioned;
    const document = () => {
        positioned ??= parsePositioned(text, file);
        return positioned;
    };
    const data = fast !== undefined ? fast : document().doc.toJS({ maxAliasCount: 100 });
    const at = (offset) => {
        if (offset === undefined)
            return { file };
        const pos = document().lineCounter.linePos(offset);
        return { file, line: pos.line, column: pos.col };
    };
    const locate = (path, opts = {}) => {
        const { node, keyNode, matched } = walk(document().doc, path);
        if (opts.key && keyNode && matched === path.length)
            return at(keyNode.range?.[0]);
        return at(node?.range?.[0]);
    };
    return {
        file,
        data,
        locate,
        error: (path, reason, opts) => new SpecError(locate(path, opts), formatFieldPath(path) || undefined, reason),
    };
}
function parsePositioned(text, file) {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const first = doc.errors[0];
    if (first) {
        const pos = lineCounter.linePos(first.pos[0]);
        // The library appends its own "at line N, column M:"; the location is printed once, up front.
        const reason = (first.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
        throw new SpecError({ file, line: pos.line, column: pos.col }, undefined, `invalid YAML: ${reason}`);
    }
    return { doc, lineCounter };
}
/** Follows `path` as far as the document goes; returns the deepest node reached. */
function walk(doc, path) {
    let node = doc.contents ?? undefined;
    let keyNode;
    let matched = 0;
    for (const part of path) {
        if (isMap(node)) {
            const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(part));
            if (!pair)
                break;
            keyNode = pair.key;
            if (!pair.value) {
                node = pair.key;
                matched++;
                break;
            }
            node = pair.value;
        }
        else if (isSeq(node) && typeof part === "number") {
            const item = node.items[part];
            if (!item)
                break;
            keyNode = undefined;
            node = item;
        }
        else {
            break;
        }
        matched++;
    }
    return { node, keyNode, matched };
}
/**
 * Converts the first zod issue into a located SpecError. Unknown keys point at the key itself so
 * the line is the one the user has to delete or fix.
 */
export function zodIssueToError(source, error, prefix = []) {
    const issue = error.issues[0];
    if (!issue)
        return source.error(prefix, "invalid value");
    const path = [...prefix, ...issue.path];
    if (issue.code === "unrecognized_keys") {
        const keys = issue.keys;
        const key = keys[0] ?? "";
        return source.error([...path, key], `unknown field${keys.length > 1 ? "s" : ""} ${keys.map((k) => `"${k}"`).join(", ")}`, {
            key: true,
        });
    }
    return source.error(path, issue.message);
}
