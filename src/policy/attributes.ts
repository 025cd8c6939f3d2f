/**
 * Reading resource attributes without trusting their shape. Specs are validated against the
 * registry, but a policy must not crash (or pass) because an attribute has an odd type.
 */
import type { Value } from "../spec/model.js";

export type ValueObject = { [key: string]: Value };

export function asObject(value: Value | undefined): ValueObject | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : undefined;
}

/** A list as a list, a missing value as empty, and a single value as a list of one. */
export function asList(value: Value | undefined): Value[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** Strings as they are and numbers as text, since YAML turns `22` and `"22"` into different types. */
export function asText(value: Value | undefined): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

export function asTexts(value: Value | undefined): string[] {
  return asList(value).flatMap((v) => {
    const text = asText(v);
    return text === undefined ? [] : [text];
  });
}

export function asInteger(value: Value | undefined): number | undefined {
  const text = asText(value)?.trim();
  if (text === undefined || !/^-?\d+$/.test(text)) return undefined;
  return Number(text);
}

/**
 * Every value at a dotted path. A list met on the way fans out, so `node_pool.vm_size` reaches
 * the size of each node pool, not just the first.
 */
export function valuesAtPath(root: Value | undefined, path: string): Value[] {
  let current: Value[] = root === undefined ? [] : [root];
  for (const key of path.split(".")) {
    const next: Value[] = [];
    const step = (item: Value): void => {
      const child = asObject(item)?.[key];
      if (child !== undefined && child !== null) next.push(child);
    };
    for (const value of current) {
      if (Array.isArray(value)) value.forEach(step);
      else step(value);
    }
    current = next;
  }
  return flatten(current);
}

/** Lists spread one level, other values kept: loops, since policies read a path of every resource. */
function flatten(values: readonly Value[]): Value[] {
  const out: Value[] = [];
  for (const v of values) {
    if (Array.isArray(v)) v.forEach((item) => out.push(item));
    else out.push(v);
  }
  return out;
}
