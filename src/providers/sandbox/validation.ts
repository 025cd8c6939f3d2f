/**
 * The checks a real cloud makes on a request before it does anything: referenced ids must exist
 * and be of the right kind, and machine sizes must be ones the cloud sells. The registry's
 * property schemas say where the references and sizes are.
 */
import type { MachineCatalog, PriceCatalog } from "../../cost/catalog.js";
import type { Attributes, PropertySchema, ResourceTypeDef, Value } from "../../spec/model.js";
import { ProviderOperationError } from "../provider.js";

export interface ReferencedId {
  /** Property path for messages, e.g. `subnet` or `security_groups[1]`. */
  property: string;
  id: Value;
  to: readonly string[];
}

/** Every value in `attributes` that the type's schema declares as a reference. */
export function referencedIds(def: ResourceTypeDef, attributes: Attributes): ReferencedId[] {
  const found: ReferencedId[] = [];
  for (const [name, prop] of Object.entries(def.properties)) {
    collect(prop, attributes[name], name, found);
  }
  return found;
}

function collect(schema: PropertySchema, value: Value | undefined, path: string, out: ReferencedId[]): void {
  if (value === undefined || value === null) return;
  switch (schema.kind) {
    case "ref":
      out.push({ property: path, id: value, to: schema.to });
      return;
    case "list":
      if (Array.isArray(value)) value.forEach((v, i) => collect(schema.items, v, `${path}[${i}]`, out));
      return;
    case "map":
      if (isRecord(value))
        for (const [k, v] of Object.entries(value)) collect(schema.values, v, `${path}.${k}`, out);
      return;
    case "object":
      if (isRecord(value)) {
        for (const [k, p] of Object.entries(schema.properties)) collect(p, value[k], `${path}.${k}`, out);
      }
      return;
    default:
      return;
  }
}

function isRecord(value: Value): value is { [key: string]: Value } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Looks a sandbox resource up by id; undefined when it does not exist. */
export type ResourceLookup = (id: string) => { type: string } | undefined;

export function validateRequest(
  def: ResourceTypeDef,
  attributes: Attributes,
  lookup: ResourceLookup,
  catalog: Pick<PriceCatalog, "hasMachineSize">,
): void {
  for (const ref of referencedIds(def, attributes)) {
    const label = ref.to.length === 1 ? (ref.to[0] ?? "resource") : ref.to.join(" or ");
    if (typeof ref.id !== "string") {
      throw new ProviderOperationError(
        "InvalidParameterValue",
        `${ref.property} must be the id of a ${label}, got ${JSON.stringify(ref.id)}`,
      );
    }
    const target = lookup(ref.id);
    if (!target) {
      throw new ProviderOperationError("InvalidParameterValue", `${ref.property} ${ref.id} does not exist`);
    }
    if (ref.to.length > 0 && !ref.to.includes(target.type)) {
      throw new ProviderOperationError(
        "InvalidParameterValue",
        `${ref.property} ${ref.id} is a ${target.type}, not a ${label}`,
      );
    }
  }
  if (def.pricing.kind === "compute") {
    checkSize(def.pricing.catalog, def.pricing.sizeProperty, attributes, catalog);
  }
}

function checkSize(
  machineCatalog: MachineCatalog,
  sizeProperty: string,
  attributes: Attributes,
  catalog: Pick<PriceCatalog, "hasMachineSize">,
): void {
  const size = valueAt(attributes, sizeProperty);
  // A missing size is the spec validator's concern (required properties), not the cloud's.
  if (size === undefined || size === null) return;
  if (typeof size !== "string" || !catalog.hasMachineSize(machineCatalog, size)) {
    throw new ProviderOperationError(
      "InvalidInstanceType",
      `${sizeProperty} ${JSON.stringify(size)} is not a valid size in ${machineCatalog}`,
    );
  }
}

/** Value at a dotted path such as `default_node_pool.vm_size`. */
function valueAt(attributes: Attributes, path: string): Value | undefined {
  let current: Value | undefined = attributes;
  for (const part of path.split(".")) {
    if (current === undefined || current === null || !isRecord(current)) return undefined;
    current = current[part];
  }
  return current;
}
