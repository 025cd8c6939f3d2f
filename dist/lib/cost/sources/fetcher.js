export const PRICE_CLOUDS = ["aws", "azure", "gcp"];
/**
 * Merges a fetched file into an older copy for the tables keyed by region at `paths` (e.g.
 * `["prices"]`, `["instances", "engines", "postgres"]`): the fetched regions replace the older
 * ones, other regions stay. Every other top-level key comes from the fetched file.
 */
export function mergeRegionTables(older, fresh, paths) {
    const out = structuredClone(fresh);
    for (const path of paths) {
        const olderTable = at(older, ...path);
        const freshTable = at(fresh, ...path);
        if (!isRecord(olderTable))
            continue;
        let parent = out;
        for (const p of path.slice(0, -1)) {
            if (!isRecord(parent[p]))
                parent[p] = {};
            parent = parent[p];
        }
        parent[path.at(-1)] = sortedRecord({ ...olderTable, ...(isRecord(freshTable) ? freshTable : {}) });
    }
    return out;
}
export function isRecord(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
/** Reads `obj[a][b]...` when each step is an object. */
export function at(obj, ...path) {
    let v = obj;
    for (const p of path)
        v = isRecord(v) ? v[p] : undefined;
    return v;
}
/** The earliest of some ISO dates (the conservative date of a file mixing regions). */
export function earliest(dates) {
    let min;
    for (const d of dates)
        if (min === undefined || Date.parse(d) < Date.parse(min))
            min = d;
    return min;
}
/** Rounds away binary noise (0.1 * 3) while keeping the provider's significant digits. */
export function price(n) {
    return Number(n.toPrecision(12));
}
/** A copy with keys in code-point order, so that the cache files diff cleanly between runs. */
export function sortedRecord(record) {
    return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
