/**
 * The vocabulary of desired state: resource type definitions (the registry's entries) and
 * environment specs as parsed from `environments/<name>.yaml`.
 */
/**
 * Tag a protected, taggable resource carries in the cloud, so that deleting it is refused even by a
 * change that removes it (and its `protected: true`) from the spec. A plain key, valid as a GCP label.
 */
export const PROTECTED_TAG = "plagentic-protected";
export const REF_PATTERN = /^ref\(([a-z0-9_]+\.[A-Za-z0-9_-]+(?:\[\d+\])?)\)$/;
export function refTarget(value) {
    if (typeof value !== "string")
        return undefined;
    const m = REF_PATTERN.exec(value);
    return m ? m[1] : undefined;
}
