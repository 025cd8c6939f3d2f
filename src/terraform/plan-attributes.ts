/**
 * Terraform attribute values in the form Plagentic's estimator and policy rules read. Plagentic
 * specs already use Terraform's type and attribute names; what differs is that a reference drops
 * Terraform's `_id`/`_ids` suffix (`subnet_id` → `subnet`, `vpc_security_group_ids` →
 * `security_groups`) and a nested block is an object where Terraform has a list of one. Ids stay ids:
 * nothing reads through a reference. A block that is wholly unknown is left out, as a spec that
 * omits it would; an unknown scalar stays UNKNOWN_VALUE, so a price that needs it is unknown.
 */
import type { Attributes, PropertyDef, ResourceTypeDef, Value } from "../spec/model.js";
import { isUnknown } from "./values.js";

type Source = Record<string, Value>;

function singular(name: string): string {
  return name.endsWith("s") ? name.slice(0, -1) : name;
}

/** Where Terraform keeps the property `name`, most specific first. */
function terraformNames(name: string, def: PropertyDef): string[] {
  if (def.kind === "ref") return [`${name}_id`, `${name}_name`, name];
  if (def.kind === "list" && def.items.kind === "ref") {
    return [`vpc_${singular(name)}_ids`, `${singular(name)}_ids`, name];
  }
  return [name];
}

function isPresent(value: Value | undefined): value is Value {
  if (value === undefined || value === null) return false;
  return !(Array.isArray(value) && value.length === 0);
}

function convertValue(value: Value, def: PropertyDef): Value | undefined {
  if (def.kind === "object") {
    const block = Array.isArray(value) ? value[0] : value;
    if (block === undefined || block === null || typeof block !== "object" || Array.isArray(block)) {
      return undefined;
    }
    return convertObject(block, def.properties);
  }
  if (def.kind === "list" && def.items.kind === "object" && Array.isArray(value)) {
    const items = def.items;
    return value.map((item) => convertValue(item, items) ?? null);
  }
  return value;
}

/**
 * `previous`, the values before the change, matters for one case: a block that existed and becomes
 * wholly unknown (a replaced instance's root disk) is still there, of a kind only apply will tell,
 * so it is kept, empty, and the price that needs it is unknown rather than dropped to nothing.
 */
function convertObject(
  source: Source,
  properties: Readonly<Record<string, PropertyDef>>,
  previous?: Source,
): Attributes {
  const out: Attributes = {};
  for (const [name, def] of Object.entries(properties)) {
    const candidates = terraformNames(name, def).filter((n) => Object.hasOwn(source, n));
    // The first name that carries a value: `security_groups` holds names only outside a VPC.
    const from = candidates.find((n) => isPresent(source[n])) ?? candidates[0];
    if (from === undefined) continue;
    const value = source[from]!;
    if (isUnknown(value) && def.kind === "object" && isPresent(previous?.[from])) {
      out[name] = {};
      continue;
    }
    if (value === null || (isUnknown(value) && (def.kind === "object" || def.kind === "list"))) continue;
    const converted = convertValue(value, def);
    if (converted !== undefined) out[name] = converted;
  }
  return out;
}

/** The attributes of a registered type, as a spec would write them. */
export function plagenticAttributes(def: ResourceTypeDef, values: Source, previous?: Source): Attributes {
  return convertObject(values, def.properties, previous);
}

/** The tags Terraform will set (`tags_all`, with the provider's default tags), or `tags`. */
export function plagenticTags(values: Source): Record<string, string> {
  for (const key of ["tags_all", "tags", "labels"]) {
    const v = values[key];
    if (v === null || v === undefined || typeof v !== "object" || Array.isArray(v)) continue;
    const tags: Record<string, string> = {};
    for (const [k, tag] of Object.entries(v)) if (typeof tag === "string") tags[k] = tag;
    return tags;
  }
  return {};
}
