/**
 * Bounds on what one spec may make a server do (hole 5 of the adversarial review: a 5 KB spec with
 * `count: 100000` stalled the App). Config's `limits:` sets them; every parse enforces them.
 */
/** The defaults when config says nothing; the same values as config's `DEFAULT_LIMITS`. */
export const DEFAULT_SPEC_LIMITS = { maxResources: 5_000, maxSpecBytes: 1_048_576 };
export const MAX_RESOURCES_KEY = "limits.max_resources";
export const MAX_SPEC_BYTES_KEY = "limits.max_spec_bytes";
