/**
 * Reading a ResourceOperation's resolved attributes with the types the spec schema guarantees.
 */
import type { Attributes, Value } from "../../spec/model.js";
export declare function str(a: Attributes, key: string): string | undefined;
export declare function bool(a: Attributes, key: string, fallback: boolean): boolean;
export declare function strings(a: Attributes, key: string): string[];
export declare function object(a: Attributes, key: string): Record<string, Value> | undefined;
/** `aws_security_group.web[1]` → `web-1`, for names AWS shows to people. */
export declare function nameFromAddress(address: string): string;
