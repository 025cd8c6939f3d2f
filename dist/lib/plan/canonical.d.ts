export declare function canonicalJson(value: unknown): string;
/** sha256 of `canonicalJson(value)`, without holding the whole text (a large plan's is 10+ MB). */
export declare function canonicalSha256(value: unknown): string;
export declare function sha256Hex(text: string): string;
/**
 * Deep equality under canonical JSON (key order does not matter), decided by walking both values
 * rather than writing them out: the diff compares every attribute of every resource.
 */
export declare function sameValue(a: unknown, b: unknown): boolean;
