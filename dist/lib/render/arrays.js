/**
 * Array helpers that are safe at any size. Spreading an array into a call (`push(...lines)`,
 * `Math.max(...widths)`) passes each element as an argument on the stack, and a plan of 100,000
 * changes overflowed it ("Maximum call stack size exceeded").
 */
/** Appends `items` to `target` and returns `target`. */
export function pushAll(target, items) {
    for (const item of items)
        target.push(item);
    return target;
}
/** The largest of `values`, or `floor` when there are none (or all are smaller). */
export function maxOf(values, floor = 0) {
    let max = floor;
    for (const v of values)
        if (v > max)
            max = v;
    return max;
}
/** `items` mapped one at a time as they are taken, so that nothing past what is shown is formatted. */
export function* mapLazily(items, fn) {
    for (const item of items)
        yield fn(item);
}
