/**
 * Checks an ARM deployment template against the documented template shape, since no ARM
 * validator runs offline: the schema and content version, every resource's type, name and pinned
 * apiVersion, every dependsOn and resourceId() naming a resource of the template (copies
 * included), every parameters() reference declared and every parameter used.
 */
import { ARM_SCHEMA } from "../../src/export/arm.js";
import { armTypes } from "../../src/export/arm/types.js";

interface ArmResource {
  type: string;
  apiVersion: string;
  name: string;
  copy?: { name: string; count: number };
  dependsOn?: string[];
  [key: string]: unknown;
}

const PINNED = new Map(Object.values(armTypes).map((t) => [t.resourceType, t.apiVersion]));
const API_VERSION = /^\d{4}-\d{2}-\d{2}(-preview)?$/;
const RESOURCE_ID = /^\[resourceId\('([A-Za-z.]+\/[A-Za-z/]+)'((?:, '[a-z0-9/-]+')+)\)\]$/;

/** The names a resource stands for: its name, or each copy's. */
function namesOf(r: ArmResource): string[] {
  const copy = /^\[concat\('([a-z0-9/-]+)', copyIndex\(\)\)\]$/.exec(r.name);
  if (!copy) return [r.name];
  if (!r.copy) return [];
  return Array.from({ length: r.copy.count }, (_, i) => `${copy[1]}${i}`);
}

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) strings(v, out);
  return out;
}

/** Every problem found; an empty list means the template has the documented shape. */
export function armProblems(template: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (template["$schema"] !== ARM_SCHEMA) problems.push(`$schema is ${String(template["$schema"])}`);
  if (template["contentVersion"] !== "1.0.0.0") problems.push("contentVersion missing");
  const resources = template["resources"] as ArmResource[] | undefined;
  if (!Array.isArray(resources)) return [...problems, "resources is not a list"];
  const parameters = (template["parameters"] ?? {}) as Record<string, { type?: string }>;
  const known = new Set(resources.flatMap((r) => namesOf(r).map((n) => `${r.type} ${n}`)));
  const resolves = (expression: string): boolean => {
    const m = RESOURCE_ID.exec(expression);
    if (!m) return false;
    const name = [...m[2]!.matchAll(/'([^']+)'/g)].map((x) => x[1]).join("/");
    return known.has(`${m[1]} ${name}`);
  };
  const used = new Set<string>();
  for (const r of resources) {
    const where = `${r.type} ${r.name}`;
    if (typeof r.type !== "string" || !r.type.includes("/")) problems.push(`${where}: bad type`);
    if (!API_VERSION.test(r.apiVersion) || PINNED.get(r.type) !== r.apiVersion) {
      problems.push(`${where}: apiVersion ${r.apiVersion} is not the pinned ${PINNED.get(r.type)}`);
    }
    if (namesOf(r).length === 0 && r.copy?.count !== 0)
      problems.push(`${where}: a copyIndex() name without copy`);
    if (
      r.type.split("/").length - 2 !==
      r.name.replace(/^\[concat\('|', copyIndex\(\)\)\]$/g, "").split("/").length - 1
    ) {
      problems.push(`${where}: the name has not one segment per child type level`);
    }
    for (const d of r.dependsOn ?? [])
      if (!resolves(d)) problems.push(`${where}: dependsOn ${d} names no resource here`);
    for (const s of strings(r)) {
      for (const m of s.matchAll(/\[resourceId\([^\]]*\)\]/g)) {
        if (!resolves(m[0])) problems.push(`${where}: ${m[0]} names no resource here`);
      }
      for (const m of s.matchAll(/parameters\('([^']+)'\)/g)) {
        used.add(m[1]!);
        if (!parameters[m[1]!]) problems.push(`${where}: parameter ${m[1]} is not declared`);
      }
    }
  }
  for (const [name, p] of Object.entries(parameters)) {
    if (!used.has(name)) problems.push(`parameter ${name} is declared but not used`);
    if (
      !["string", "secureString", "int", "bool", "object", "secureObject", "array"].includes(p.type ?? "")
    ) {
      problems.push(`parameter ${name} has type ${p.type}`);
    }
  }
  return problems;
}
