/**
 * Optional properties the spec left out at create, which the cloud then fills in. They are
 * recorded on the resource and left out again when it is read, so live state matches the spec.
 */
import type { Attributes, Value } from "../spec/model.js";

/** Which of `candidates` (dotted paths) `attributes` leaves out. */
export function omittedPaths(attributes: Attributes, candidates: readonly string[]): string[] {
  return candidates.filter((path) => valueAt(attributes, path) === undefined);
}

/** `attributes` without the given dotted paths. */
export function withoutPaths(attributes: Attributes, paths: readonly string[]): Attributes {
  const out: Attributes = { ...attributes };
  for (const path of paths) {
    const parts = path.split(".");
    const last = parts.pop()!;
    let holder: Record<string, Value> = out;
    let ok = true;
    for (const p of parts) {
      const next = holder[p];
      if (next === null || typeof next !== "object" || Array.isArray(next)) {
        ok = false;
        break;
      }
      const copy = { ...next };
      holder[p] = copy;
      holder = copy;
    }
    if (ok) delete holder[last];
  }
  return out;
}

function valueAt(attributes: Attributes, path: string): Value | undefined {
  let current: Value | undefined = attributes;
  for (const part of path.split(".")) {
    if (current === null || typeof current !== "object" || Array.isArray(current)) return undefined;
    current = current[part];
  }
  return current === null ? undefined : current;
}
