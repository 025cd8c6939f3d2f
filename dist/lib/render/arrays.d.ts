/**
 * Array helpers that are safe at any size. Spreading an array into a call (`push(...lines)`,
 * `Math.max(...widths)`) passes each element as an argument on the stack, and a plan of 100,000
 * changes overflowed it ("Maximum call stack size exceeded").
 */
/** Appends `items` to `target` and returns `target`. */
export declare function pushAll<T>(target: T[], items: Iterable<T>): T[];
/** The largest of `values`, or `floor` when there are none (or all are smaller). */
export declare function maxOf(values: Iterable<number>, floor?: number): number;
/** `items` mapped one at a time as they are taken, so that nothing past what is shown is formatted. */
export declare function mapLazily<T, U>(items: Iterable<T>, fn: (item: T) => U): Generator<U>;
