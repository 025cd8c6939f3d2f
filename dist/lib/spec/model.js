/**
 * The vocabulary of desired state: resource type definitions (the registry's entries) and
 * environment specs as parsed from `environments/<name>.yaml`.
 */
export const REF_PATTERN = /^ref\(([a-z0-9_]+\.[A-Za-z0-9_-]+(?:\[\d+\])?)\)$/;
export function refTarget(value) {
    if (typeof value !== "string")
        return undefined;
    const m = REF_PATTERN.exec(value);
    return m ? m[1] : undefined;
}
