/**
 * A preview environment's spec, derived from its parent's: `/plagentic preview staging` on pull
 * request 7 plans `staging-pr-7` from the pull request head's `staging` spec, changed so that
 * nothing of the preview can be taken for the parent's (invariant 3) or collide with it:
 *
 * - the environment name, hence every ownership tag and every generated cloud name;
 * - explicit cloud names (a `Name` tag, `name`-like properties the type declares) get `-pr-<N>`;
 * - tags `plagentic-preview-of: <parent>` and `plagentic-pull-request: <N>` on every resource;
 * - IPv4 address spaces (VPC, subnet, VNet ranges) keep their low 16 bits and move into
 *   100.64.0.0/10 by pull request number; rule CIDRs inside the parent's spaces move with them;
 * - `import_id` is dropped (a preview must never adopt, hence take over, what its parent imports),
 *   and `protected` and deletion protection are off: a preview exists to be destroyed.
 *
 * Pure: text in, text out, edited as a YAML document (never by string concatenation), so comments
 * and layout survive and the result parses like any spec.
 */
import { parseDocument, type YAMLMap } from "yaml";
import { parseAddressRange, type AddressRange } from "../policy/cidr.js";
import { PlagenticError } from "../spec/errors.js";
import { checkedEnvironment } from "../spec/load.js";
import type { SpecLimits } from "../spec/limits.js";
import type { Value } from "../spec/model.js";
import { getResourceType } from "../spec/registry.js";
import { parseYamlSource, type FieldPath } from "../spec/yaml-source.js";
import { ENVIRONMENT_PATTERN } from "./commands.js";

export const PREVIEW_OF_TAG = "plagentic-preview-of";
export const PREVIEW_PR_TAG = "plagentic-pull-request";

/** Properties that are a resource's explicit cloud name, where its type declares them. */
const NAME_PROPERTIES = ["name", "bucket", "identifier", "function_name", "node_group_name"] as const;
/** Properties that stop a cloud from deleting a resource; a preview turns them off. */
const DELETION_GUARDS = ["deletion_protection", "enable_deletion_protection"] as const;
/** Where each type allocates its IPv4 address space. */
const ADDRESS_SPACES: Readonly<Record<string, readonly string[]>> = {
  aws_vpc: ["cidr_block"],
  aws_subnet: ["cidr_block"],
  google_compute_subnetwork: ["ip_cidr_range"],
  azurerm_virtual_network: ["address_space"],
  azurerm_subnet: ["address_prefixes"],
};
/** 100.64.0.0/10 (shared address space, RFC 6598) holds 64 blocks of /16. */
const PREVIEW_BASE = (100n << 24n) | (64n << 16n);
const PREVIEW_BLOCKS = 64n;

export interface PreviewSpec {
  name: string;
  /** Where the text came from, for messages: the parent's file, marked as the preview's. */
  file: string;
  text: string;
}

/** `staging` and 7 → `staging-pr-7`, or an error when that is no valid environment name. */
export function previewName(parent: string, pr: number): string {
  const name = `${parent}-pr-${pr}`;
  if (!ENVIRONMENT_PATTERN.test(name) || !Number.isSafeInteger(pr) || pr <= 0)
    throw new PlagenticError(
      `a preview of \`${parent.slice(0, 63)}\` for #${pr} would be named \`${name.slice(0, 80)}\`, which is not a valid ` +
        "environment name (lower-case letters, digits, `-` and `_`, at most 63 characters); use a shorter environment name",
    );
  return name;
}

/** The parent and pull request a preview name stands for, or null for any other name. */
export function parsePreviewName(name: string): { parent: string; pr: number } | null {
  const m = /^(.+)-pr-([1-9][0-9]{0,9})$/.exec(name);
  if (!m || !ENVIRONMENT_PATTERN.test(name)) return null;
  return { parent: m[1]!, pr: Number(m[2]) };
}

/**
 * The preview's spec text. Validates the parent first, so a broken parent spec is reported against
 * its own file and lines; throws a SpecError naming the field when an address space cannot move.
 */
export function derivePreviewSpec(
  parent: { name: string; file: string; text: string },
  pr: number,
  limits: Partial<SpecLimits> = {},
): PreviewSpec {
  const name = previewName(parent.name, pr);
  checkedEnvironment(parent.text, parent.file, parent.name, limits);
  const source = parseYamlSource(parent.text, parent.file);
  const doc = parseDocument(parent.text, { uniqueKeys: true });
  const suffix = `-pr-${pr}`;

  doc.set("environment", name);
  doc.delete("protected");
  const specTags = (doc.get("tags") as YAMLMap | undefined)?.toJSON() as Record<string, unknown> | undefined;
  if (isTagText(specTags?.["Name"])) doc.setIn(["tags", "Name"], `${specTags["Name"]}${suffix}`);
  doc.setIn(["tags", PREVIEW_OF_TAG], parent.name);
  doc.setIn(["tags", PREVIEW_PR_TAG], String(pr));

  const raw = (source.data as { resources?: unknown[] }).resources ?? [];
  const spaces = parentAddressSpaces(raw, source.error);
  raw.forEach((r, i) => {
    const resource = r as {
      type: string;
      properties?: Record<string, Value>;
      tags?: Record<string, unknown>;
    };
    const def = getResourceType(resource.type);
    const at = (...path: FieldPath): FieldPath => ["resources", i, ...path];
    doc.deleteIn(at("import_id"));
    doc.deleteIn(at("protected"));
    if (isTagText(resource.tags?.["Name"]))
      doc.setIn(at("tags", "Name"), `${resource.tags["Name"]}${suffix}`);
    const props = resource.properties ?? {};
    for (const key of NAME_PROPERTIES) {
      const value = props[key];
      const prop = def?.properties[key];
      if (typeof value !== "string" || prop === undefined) continue;
      const named = `${value}${suffix}`;
      if (prop.kind === "string" && prop.pattern !== undefined && !new RegExp(prop.pattern).test(named))
        throw source.error(
          at("properties", key),
          `a preview needs a name of its own, and this one with "${suffix}" added does not match the pattern ${prop.pattern}`,
        );
      doc.setIn(at("properties", key), named);
    }
    for (const key of DELETION_GUARDS)
      if (props[key] === true && def?.properties[key] !== undefined) doc.setIn(at("properties", key), false);
    const allocations = new Set(ADDRESS_SPACES[resource.type] ?? []);
    for (const [key, value] of Object.entries(props)) {
      const moved = moveAddresses(value, allocations.has(key), spaces, BigInt(pr), (reason) =>
        source.error(at("properties", key), reason),
      );
      if (moved.changed) doc.setIn(at("properties", key), doc.createNode(moved.value));
    }
  });
  const text = doc.toString();
  const file = `${parent.file} (preview ${name})`;
  const derived = checkedEnvironment(text, file, name, limits);
  // The rebase is by construction disjoint from the parent's spaces; this is the proof, spelled out.
  for (const r of derived.spec.resources)
    for (const key of ADDRESS_SPACES[r.type] ?? [])
      for (const cidr of cidrsOf(r.properties[key]))
        if (spaces.some((s) => overlaps(s, cidr)))
          throw new PlagenticError(
            `${file}: the preview's range ${cidr.text} overlaps ${parent.name}'s address space`,
          );
  return { name, file, text };
}

const isTagText = (v: unknown): v is string | number => typeof v === "string" || typeof v === "number";

interface Cidr extends AddressRange {
  text: string;
  prefix: number;
}

function parseCidr(text: string): Cidr | undefined {
  const m = /^(\d{1,3}(?:\.\d{1,3}){3})\/(\d{1,2})$/.exec(text.trim());
  const range = m ? parseAddressRange(text.trim())?.[0] : undefined;
  if (!m || range === undefined || range.family !== 4) return undefined;
  return { ...range, text, prefix: Number(m[2]) };
}

function cidrsOf(value: Value | undefined): Cidr[] {
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((v) => (typeof v === "string" ? (parseCidr(v) ?? []) : []));
}

const overlaps = (a: AddressRange, b: AddressRange): boolean => a.first <= b.last && b.first <= a.last;

/** Every range the parent allocates; each must be an IPv4 CIDR a preview can move (/16 or longer). */
function parentAddressSpaces(
  resources: unknown[],
  error: (path: FieldPath, reason: string) => Error,
): Cidr[] {
  const out: Cidr[] = [];
  resources.forEach((r, i) => {
    const resource = r as { type: string; properties?: Record<string, Value> };
    for (const key of ADDRESS_SPACES[resource.type] ?? []) {
      const value = resource.properties?.[key];
      const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
      list.forEach((v, j) => {
        const path: FieldPath = ["resources", i, "properties", key, ...(Array.isArray(value) ? [j] : [])];
        const cidr = typeof v === "string" ? parseCidr(v) : undefined;
        if (cidr === undefined)
          throw error(
            path,
            "a preview can only move IPv4 ranges written as a.b.c.d/n, so it cannot derive this one",
          );
        if (cidr.prefix < 16)
          throw error(
            path,
            `a preview keeps the low 16 bits of a range, so it cannot move /${cidr.prefix}; use /16 or longer`,
          );
        out.push(cidr);
      });
    }
  });
  return out;
}

/** `10.20.1.0/24` on #7 → `100.71.1.0/24`: the high 16 bits become a block of 100.64.0.0/10. */
function rebase(cidr: Cidr, pr: bigint): string {
  const low = cidr.first & 0xffffn;
  const moved = PREVIEW_BASE | ((pr % PREVIEW_BLOCKS) << 16n) | low;
  const octets = [24n, 16n, 8n, 0n].map((shift) => String((moved >> shift) & 0xffn));
  return `${octets.join(".")}/${cidr.prefix}`;
}

/**
 * The value with its address space moved: an allocation's ranges always, and any other IPv4 CIDR
 * (a firewall rule's source) when it lies inside one of the parent's spaces.
 */
function moveAddresses(
  value: Value,
  allocation: boolean,
  spaces: Cidr[],
  pr: bigint,
  error: (reason: string) => Error,
): { value: Value; changed: boolean } {
  if (typeof value === "string") {
    const cidr = parseCidr(value);
    if (cidr === undefined) return { value, changed: false };
    const inside = spaces.some((s) => s.first <= cidr.first && cidr.last <= s.last);
    if (!allocation && !inside) return { value, changed: false };
    if (cidr.prefix < 16)
      throw error(`cannot move ${value} into the preview's address space (needs /16 or longer)`);
    return { value: rebase(cidr, pr), changed: true };
  }
  if (Array.isArray(value)) {
    const parts = value.map((v) => moveAddresses(v, allocation, spaces, pr, error));
    return { value: parts.map((p) => p.value), changed: parts.some((p) => p.changed) };
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).map(
      ([k, v]) => [k, moveAddresses(v, false, spaces, pr, error)] as const,
    );
    return {
      value: Object.fromEntries(entries.map(([k, p]) => [k, p.value])),
      changed: entries.some(([, p]) => p.changed),
    };
  }
  return { value, changed: false };
}
