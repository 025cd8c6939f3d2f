/**
 * Reading a ResourceOperation's resolved attributes with the types the spec schema guarantees.
 */
import type { Attributes, Value } from "../../spec/model.js";

export function str(a: Attributes, key: string): string | undefined {
  const v = a[key];
  return typeof v === "string" && v !== "" ? v : undefined;
}

export function bool(a: Attributes, key: string, fallback: boolean): boolean {
  const v = a[key];
  return typeof v === "boolean" ? v : fallback;
}

export function strings(a: Attributes, key: string): string[] {
  const v = a[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

export function object(a: Attributes, key: string): Record<string, Value> | undefined {
  const v = a[key];
  return v !== null && typeof v === "object" && !Array.isArray(v) ? v : undefined;
}

/** `aws_security_group.web[1]` → `web-1`, for names AWS shows to people. */
export function nameFromAddress(address: string): string {
  const dot = address.indexOf(".");
  const local = dot >= 0 ? address.slice(dot + 1) : address;
  return local.replace(/\[(\d+)\]$/, "-$1").replace(/[^A-Za-z0-9_.-]/g, "-");
}
