/**
 * Shell-style patterns for allow lists ("t3.*", "Standard_B*", "e2-?"): `*` is any run of
 * characters, `?` one character, everything else literal. Case-insensitive, because Azure size
 * names are and AWS and GCP names are lower-case anyway.
 */
export declare function globToRegExp(pattern: string): RegExp;
export declare function matchesAnyGlob(value: string, patterns: readonly string[]): boolean;
