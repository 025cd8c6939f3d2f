/** Typed reads of resource attributes by dotted path (`default_node_pool.vm_size`). */
import type { Attributes, Value } from "../spec/model.js";

export function attributeAt(attributes: Attributes, path: string): Value | undefined {
  let current: Value | undefined = attributes;
  for (const key of path.split(".")) {
    if (current === null || typeof current !== "object" || Array.isArray(current)) return undefined;
    current = Object.hasOwn(current, key) ? current[key] : undefined;
  }
  return current;
}

export function stringAt(attributes: Attributes, path: string): string | undefined {
  const value = attributeAt(attributes, path);
  return typeof value === "string" && value !== "" ? value : undefined;
}

export function numberAt(attributes: Attributes, path: string): number | undefined {
  const value = attributeAt(attributes, path);
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

export function booleanAt(attributes: Attributes, path: string): boolean | undefined {
  const value = attributeAt(attributes, path);
  return typeof value === "boolean" ? value : undefined;
}

export function objectAt(attributes: Attributes, path: string): Attributes | undefined {
  const value = attributeAt(attributes, path);
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : undefined;
}

export function listAt(attributes: Attributes, path: string): Value[] | undefined {
  const value = attributeAt(attributes, path);
  return Array.isArray(value) ? value : undefined;
}
