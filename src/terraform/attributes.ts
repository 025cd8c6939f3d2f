/**
 * Terraform attribute values as spec property values, driven by the registry's type definitions:
 * only declared properties are read, Terraform's names for references (`vpc_id`, `subnet_ids`)
 * are mapped to the spec's (`vpc`, `subnets`), nested blocks (lists of one object) become
 * objects, and values equal to the property's default or empty are left out, so the spec holds
 * what the user chose rather than what the provider computed.
 */
import { sameValue } from "../plan/canonical.js";
import { comparable } from "../plan/diff.js";
import type { PropertyDef, ResourceTypeDef, Value } from "../spec/model.js";
import { isOwnershipTag } from "../providers/ownership.js";

/** A cloud id where the spec wants a reference; resolved once every imported resource is named. */
export class IdRef {
  constructor(
    readonly id: string,
    /** The types the property may reference. */
    readonly to: readonly string[],
  ) {}
}

/** A property value with references still as ids. */
export type RawValue = string | number | boolean | IdRef | RawValue[] | { [key: string]: RawValue };

/**
 * Where Terraform's name differs from `<property>_id` / `<property>_ids` (references) or the
 * property's own name (everything else).
 */
const TERRAFORM_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  aws_instance: { security_groups: "vpc_security_group_ids" },
  aws_db_instance: { vpc_security_groups: "vpc_security_group_ids" },
};

/** The spec properties of one instance's attributes, with references as IdRefs. */
export function specProperties(
  def: ResourceTypeDef,
  attributes: Record<string, unknown>,
): Record<string, RawValue> {
  const out: Record<string, RawValue> = {};
  for (const [key, prop] of Object.entries(def.properties)) {
    if (prop.computed) continue;
    const value = convert(prop, attributes[terraformName(def.type, key, prop, attributes)]);
    if (value === undefined) continue;
    if (isDefault(prop, value)) continue;
    out[key] = value;
  }
  return out;
}

/** The user's tags: everything but Plagentic's ownership tags and the cloud's own (`aws:`). */
export function userTags(attributes: Record<string, unknown>): Record<string, string> {
  // tags_all adds the provider's default_tags, which the cloud holds and reports like any other.
  const all = isRecord(attributes["tags_all"]) ? attributes["tags_all"] : attributes["tags"];
  if (!isRecord(all)) return {};
  // fromEntries defines keys as own properties: a hostile `__proto__` key stays a plain key.
  return Object.fromEntries(
    Object.entries(all).filter(
      (e): e is [string, string] =>
        typeof e[1] === "string" &&
        !isOwnershipTag(e[0]) &&
        !e[0].toLowerCase().startsWith("plagentic") &&
        !e[0].startsWith("aws:"),
    ),
  );
}

function terraformName(
  type: string,
  key: string,
  prop: PropertyDef,
  attributes: Record<string, unknown>,
): string {
  const named = TERRAFORM_NAMES[type]?.[key];
  if (named) return named;
  const candidates =
    prop.kind === "ref"
      ? [`${key}_id`]
      : prop.kind === "list" && prop.items.kind === "ref"
        ? [`${key}_ids`, `${key.replace(/s$/, "")}_ids`]
        : [];
  return candidates.find((c) => c in attributes) ?? key;
}

function convert(prop: PropertyDef, value: unknown): RawValue | undefined {
  if (value === null || value === undefined) return undefined;
  switch (prop.kind) {
    case "string":
      if (typeof value !== "string" || value === "") return undefined;
      return value;
    case "number":
      return typeof value === "number" && Number.isFinite(value) ? value : undefined;
    case "boolean":
      return typeof value === "boolean" ? value : undefined;
    case "ref":
      return typeof value === "string" && value !== "" ? new IdRef(value, prop.to) : undefined;
    case "list": {
      if (!Array.isArray(value)) return undefined;
      const items = value.map((v) => convert(prop.items, v));
      // A list that cannot be written whole is not written at all: half of it would be a change.
      return items.every((v) => v !== undefined) ? items : undefined;
    }
    case "map": {
      if (!isRecord(value)) return undefined;
      const entries = Object.entries(value).flatMap(([k, v]) => {
        const c = convert(prop.values, v);
        return c === undefined ? [] : [[k, c] as const];
      });
      return entries.length > 0 ? Object.fromEntries(entries) : undefined;
    }
    case "object": {
      // Terraform keeps a nested block as a list of (at most) one object.
      const block = Array.isArray(value) ? (value.length === 1 ? value[0] : undefined) : value;
      if (!isRecord(block)) return undefined;
      const out: Record<string, RawValue> = {};
      for (const [k, sub] of Object.entries(prop.properties)) {
        const c = convert(sub, block[k]);
        if (c === undefined) continue;
        if (isDefault(sub, c)) continue;
        out[k] = c;
      }
      return Object.keys(out).length > 0 ? out : undefined;
    }
  }
}

/** Whether a value is the spec's default, or what the cloud picks when the spec says nothing. */
function isDefault(prop: PropertyDef, value: RawValue): boolean {
  const fallback = prop.default ?? prop.cloudDefault;
  return (
    fallback !== undefined && sameValue(comparable(prop, withoutRefs(value)), comparable(prop, fallback))
  );
}

/** The value with each IdRef as its id: for comparisons that only need the shape. */
export function withoutRefs(value: RawValue): Value {
  if (value instanceof IdRef) return value.id;
  if (Array.isArray(value)) return value.map(withoutRefs);
  if (typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutRefs(v)]));
  return value;
}

/** The ids a value references, depth first. */
export function idRefs(value: RawValue): IdRef[] {
  if (value instanceof IdRef) return [value];
  if (Array.isArray(value)) return value.flatMap(idRefs);
  if (typeof value === "object") return Object.values(value).flatMap(idRefs);
  return [];
}

/** The value with each IdRef replaced by `resolve(ref)`. */
export function resolveRefs(value: RawValue, resolve: (ref: IdRef) => string): Value {
  if (value instanceof IdRef) return resolve(value);
  if (Array.isArray(value)) return value.map((v) => resolveRefs(v, resolve));
  if (typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveRefs(v, resolve)]));
  return value;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
