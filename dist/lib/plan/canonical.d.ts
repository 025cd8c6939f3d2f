export declare function canonicalJson(value: unknown): string;
export declare function sha256Hex(text: string): string;
/** Deep equality under canonical JSON (key order does not matter). */
export declare function sameValue(a: unknown, b: unknown): boolean;
