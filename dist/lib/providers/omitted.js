/** Which of `candidates` (dotted paths) `attributes` leaves out. */
export function omittedPaths(attributes, candidates) {
    return candidates.filter((path) => valueAt(attributes, path) === undefined);
}
/** `attributes` without the given dotted paths. */
export function withoutPaths(attributes, paths) {
    const out = { ...attributes };
    for (const path of paths) {
        const parts = path.split(".");
        const last = parts.pop();
        let holder = out;
        let ok = true;
        for (const p of parts) {
            const next = holder[p];
            if (next === null || typeof next !== "object" || Array.isArray(next)) {
                ok = false;
                break;
            }
            const copy = { ...next };
            holder[p] = copy;
            holder = copy;
        }
        if (ok)
            delete holder[last];
    }
    return out;
}
function valueAt(attributes, path) {
    let current = attributes;
    for (const part of path.split(".")) {
        if (current === null || typeof current !== "object" || Array.isArray(current))
            return undefined;
        current = current[part];
    }
    return current === null ? undefined : current;
}
