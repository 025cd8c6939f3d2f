import type { ResourceTypeDef, Value } from "../spec/model.js";
/** A cloud id where the spec wants a reference; resolved once every imported resource is named. */
export declare class IdRef {
    readonly id: string;
    /** The types the property may reference. */
    readonly to: readonly string[];
    constructor(id: string, 
    /** The types the property may reference. */
    to: readonly string[]);
}
/** A property value with references still as ids. */
export type RawValue = string | number | boolean | IdRef | RawValue[] | {
    [key: string]: RawValue;
};
/** The spec properties of one instance's attributes, with references as IdRefs. */
export declare function specProperties(def: ResourceTypeDef, attributes: Record<string, unknown>): Record<string, RawValue>;
/** The user's tags: everything but Plagentic's ownership tags and the cloud's own (`aws:`). */
export declare function userTags(attributes: Record<string, unknown>): Record<string, string>;
/** The value with each IdRef as its id: for comparisons that only need the shape. */
export declare function withoutRefs(value: RawValue): Value;
/** The ids a value references, depth first. */
export declare function idRefs(value: RawValue): IdRef[];
/** The value with each IdRef replaced by `resolve(ref)`. */
export declare function resolveRefs(value: RawValue, resolve: (ref: IdRef) => string): Value;
