export function asObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value) ? value : undefined;
}
/** A list as a list, a missing value as empty, and a single value as a list of one. */
export function asList(value) {
    if (value === undefined || value === null)
        return [];
    return Array.isArray(value) ? value : [value];
}
/** Strings as they are and numbers as text, since YAML turns `22` and `"22"` into different types. */
export function asText(value) {
    if (typeof value === "string")
        return value;
    if (typeof value === "number" && Number.isFinite(value))
        return String(value);
    return undefined;
}
export function asTexts(value) {
    return asList(value).flatMap((v) => {
        const text = asText(v);
        return text === undefined ? [] : [text];
    });
}
export function asInteger(value) {
    const text = asText(value)?.trim();
    if (text === undefined || !/^-?\d+$/.test(text))
        return undefined;
    return Number(text);
}
/**
 * Every value at a dotted path. A list met on the way fans out, so `node_pool.vm_size` reaches
 * the size of each node pool, not just the first.
 */
export function valuesAtPath(root, path) {
    let current = root === undefined ? [] : [root];
    for (const key of path.split(".")) {
        const next = [];
        const step = (item) => {
            const child = asObject(item)?.[key];
            if (child !== undefined && child !== null)
                next.push(child);
        };
        for (const value of current) {
            if (Array.isArray(value))
                value.forEach(step);
            else
                step(value);
        }
        current = next;
    }
    return flatten(current);
}
/** Lists spread one level, other values kept: loops, since policies read a path of every resource. */
function flatten(values) {
    const out = [];
    for (const v of values) {
        if (Array.isArray(v))
            v.forEach((item) => out.push(item));
        else
            out.push(v);
    }
    return out;
}
