/**
 * Bounds on what one spec may make a server do (hole 5 of the adversarial review: a 5 KB spec with
 * `count: 100000` stalled the App). Config's `limits:` sets them; every parse enforces them.
 */
export interface SpecLimits {
    /** Resources after `count` is expanded (`limits.max_resources`). */
    maxResources: number;
    /** Bytes of spec text, as UTF-8 (`limits.max_spec_bytes`). */
    maxSpecBytes: number;
}
/** The defaults when config says nothing; the same values as config's `DEFAULT_LIMITS`. */
export declare const DEFAULT_SPEC_LIMITS: Readonly<SpecLimits>;
export declare const MAX_RESOURCES_KEY = "limits.max_resources";
export declare const MAX_SPEC_BYTES_KEY = "limits.max_spec_bytes";
