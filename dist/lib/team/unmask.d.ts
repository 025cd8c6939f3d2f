/**
 * `proposed` with each masked value restored from `before`, the spec the model was shown (masked
 * by `redact`). Throws when a mask appears anywhere it cannot be restored.
 */
export declare function restoreMaskedValues(proposed: string, before: string | null, redact: (text: string) => string, file: string): string;
