/**
 * Terraform's values with its side structures applied: `after_unknown` marks what only apply will
 * know, `before_sensitive`/`after_sensitive` what must never be shown. The marks mirror the value
 * (`true` at a leaf or at a whole subtree), so one walk applies both. Sensitive wins over unknown:
 * nothing about a secret is shown, not even that it is yet to come.
 */
import type { Value } from "../spec/model.js";
import { SENSITIVE_VALUE, UNKNOWN_VALUE } from "./model.js";

type Marks = unknown;

function child(marks: Marks, key: string | number): Marks {
  if (marks === null || typeof marks !== "object") return undefined;
  return (marks as Record<string | number, unknown>)[key];
}

/** An own property even for `__proto__`, which a plain assignment would turn into a prototype. */
function define(target: Record<string, Value>, key: string, value: Value): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * `value` with every unknown part replaced by UNKNOWN_VALUE and every sensitive part by
 * SENSITIVE_VALUE. Attributes Terraform left out of `after` because they are unknown come back as
 * UNKNOWN_VALUE, so a reader sees that they are coming.
 */
export function markValue(value: unknown, unknown: Marks, sensitive: Marks): Value {
  if (sensitive === true) return SENSITIVE_VALUE;
  if (unknown === true) return UNKNOWN_VALUE;
  if (Array.isArray(value) || Array.isArray(unknown)) {
    const items = Array.isArray(value) ? value : [];
    const length = Math.max(items.length, Array.isArray(unknown) ? unknown.length : 0);
    const out: Value[] = [];
    for (let i = 0; i < length; i++) out.push(markValue(items[i], child(unknown, i), child(sensitive, i)));
    return out;
  }
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
  if (isObject(value) || (value == null && isObject(unknown) && Object.keys(unknown).length > 0)) {
    const source = isObject(value) ? value : {};
    const out: Record<string, Value> = {};
    const keys = new Set(Object.keys(source));
    if (isObject(unknown)) for (const [k, mark] of Object.entries(unknown)) if (mark === true) keys.add(k);
    for (const k of keys) define(out, k, markValue(source[k], child(unknown, k), child(sensitive, k)));
    return out;
  }
  if (value === undefined) return null;
  return value as Value;
}

/** The marked attributes of one side of a change, or null where the resource does not exist. */
export function markedAttributes(
  value: unknown,
  unknown: Marks,
  sensitive: Marks,
): Record<string, Value> | null {
  if (value === null || value === undefined || typeof value !== "object" || Array.isArray(value)) {
    return null;
  }
  return markValue(value, unknown, sensitive) as Record<string, Value>;
}

export function isUnknown(value: Value | undefined): boolean {
  return value === UNKNOWN_VALUE;
}
