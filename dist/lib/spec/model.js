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
/** Whether `value` is a reference: `refTarget(value) !== undefined`, without building the match. */
export function isRef(value) {
    return typeof value === "string" && value.startsWith("ref(") && REF_PATTERN.test(value);
}
export function refTarget(value) {
    // Most strings are not references; the prefix test spares them the expression.
    if (typeof value !== "string" || !value.startsWith("ref("))
        return undefined;
    const m = REF_PATTERN.exec(value);
    return m ? m[1] : undefined;
}
/**
 * `ref(<address> (deposed <key>))`: the reference form the plan gives ids of deposed copies
 * (plan/deposed.ts). No spec can write one; the renderers show it as a reference.
 */
const DEPOSED_REF = /^ref\(([a-z0-9_]+\.[A-Za-z0-9_-]+(?:\[\d+\])? \(deposed (?:object )?[A-Za-z0-9._-]+\))\)$/;
/** The deposed address a `ref(...)` to a deposed copy names, or undefined. */
export function deposedRefTarget(value) {
    if (typeof value !== "string" || !value.startsWith("ref("))
        return undefined;
    return DEPOSED_REF.exec(value)?.[1];
}
