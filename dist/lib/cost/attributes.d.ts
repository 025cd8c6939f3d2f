/** Typed reads of resource attributes by dotted path (`default_node_pool.vm_size`). */
import type { Attributes, Value } from "../spec/model.js";
export declare function attributeAt(attributes: Attributes, path: string): Value | undefined;
export declare function stringAt(attributes: Attributes, path: string): string | undefined;
export declare function numberAt(attributes: Attributes, path: string): number | undefined;
export declare function booleanAt(attributes: Attributes, path: string): boolean | undefined;
export declare function objectAt(attributes: Attributes, path: string): Attributes | undefined;
export declare function listAt(attributes: Attributes, path: string): Value[] | undefined;
