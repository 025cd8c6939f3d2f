/**
 * Reading resource attributes without trusting their shape. Specs are validated against the
 * registry, but a policy must not crash (or pass) because an attribute has an odd type.
 */
import type { Value } from "../spec/model.js";
export type ValueObject = {
    [key: string]: Value;
};
export declare function asObject(value: Value | undefined): ValueObject | undefined;
/** A list as a list, a missing value as empty, and a single value as a list of one. */
export declare function asList(value: Value | undefined): Value[];
/** Strings as they are and numbers as text, since YAML turns `22` and `"22"` into different types. */
export declare function asText(value: Value | undefined): string | undefined;
export declare function asTexts(value: Value | undefined): string[];
export declare function asInteger(value: Value | undefined): number | undefined;
/**
 * Every value at a dotted path. A list met on the way fans out, so `node_pool.vm_size` reaches
 * the size of each node pool, not just the first.
 */
export declare function valuesAtPath(root: Value | undefined, path: string): Value[];
