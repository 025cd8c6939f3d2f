/**
 * What every Azure resource handler shares: the ARM clients of a subscription, where a resource
 * goes (its group, its generated name), the tags a PUT writes, the live form of what ARM returns,
 * and one listing of the environment's resource groups and of each kind in them per live read.
 */
import type { ComputeManagementClient } from "@azure/arm-compute";
import type { NetworkManagementClient } from "@azure/arm-network";
import type { ResourceGroup, ResourceManagementClient } from "@azure/arm-resources";
import { PlagenticError } from "../../spec/errors.js";
import type { Attributes } from "../../spec/model.js";
import { omittedPaths, withoutPaths } from "../omitted.js";
import type { WaitClock } from "../waiting.js";
import {
  isOwnershipTag,
  OWNER_TAG_ADDRESS,
  OWNER_TAG_ENVIRONMENT,
  ownedBy,
  ProviderOperationError,
  type Found,
  type LiveResource,
  type ProviderTarget,
  type ResourceOperation,
} from "../provider.js";
import { OMITTABLE } from "./bodies.js";
import { canonicalId, groupId, parseId, type AzureIdParts } from "./names.js";
import type { ServiceMaker } from "./services.js";

/** Properties the spec left out at create, kept so that reads leave them out again. */
export const OWNER_TAG_OMITTED = "plagentic:omitted";

export type Tags = Record<string, string>;

export interface Clients {
  compute: ComputeManagementClient;
  network: NetworkManagementClient;
  resources: ResourceManagementClient;
}

export interface AzureContext {
  target: ProviderTarget;
  /** The clients of `subscription`, by default the target's. */
  clients(subscription?: string): Clients;
  /** The group an operation's resource goes in: its `resource_group` reference, else the environment's. */
  groupOf(op: ResourceOperation): string;
  /**
   * The client a `make` of services.ts builds for `subscription` (by default the target's): its
   * SDK is imported on first use, and the client made once per provider.
   */
  service<C>(make: ServiceMaker<C>, subscription?: string): Promise<C>;
  /** Bounds long operations (`providers.azure.wait_timeout_seconds`); see long-operation.ts. */
  clock: WaitClock;
  progress: (line: string) => void;
  /** The environment's resource groups, listed once per context by their environment tag. */
  groups(): Promise<ResourceGroup[]>;
  /**
   * Everything `list` returns in the environment's groups (its default group first), listed once
   * per context and `key`: a live read makes one list call per kind and group, plus pages.
   */
  inGroups<T>(key: string, list: (c: Clients, group: string) => Paged<T>): Promise<T[]>;
}

type Paged<T> = { byPage(): AsyncIterableIterator<T[]> };

export interface ContextSettings {
  clientsFor(subscription: string): Clients;
  serviceFor<C>(make: ServiceMaker<C>, subscription: string): Promise<C>;
  subscriptionOf(target: ProviderTarget): string;
  defaultGroup(target: ProviderTarget): string | undefined;
  clock: WaitClock;
  progress: (line: string) => void;
}

export function azureContext(s: ContextSettings, target: ProviderTarget): AzureContext {
  const memo = new Map<string, Promise<unknown[]>>();
  const once = <T>(key: string, load: () => Promise<T[]>): Promise<T[]> => {
    let p = memo.get(key);
    if (!p) memo.set(key, (p = load()));
    return p as Promise<T[]>;
  };
  const ctx: AzureContext = {
    target,
    clients: (subscription) => s.clientsFor(subscription ?? s.subscriptionOf(target)),
    service: (make, subscription) => s.serviceFor(make, subscription ?? s.subscriptionOf(target)),
    groupOf(op) {
      const ref = op.attributes["resource_group"];
      if (typeof ref === "string") {
        const parts = parseId(ref);
        if (parts) return parts.resourceGroup;
      }
      const group = s.defaultGroup(op.target);
      if (!group) {
        throw new ProviderOperationError(
          "MissingResourceGroup",
          `${op.address} has no resource_group and the environment names none (resource_group: in the spec)`,
        );
      }
      return group;
    },
    clock: s.clock,
    progress: s.progress,
    groups: () =>
      once("resource groups", () => {
        // ARM filters on one tag only; the repository (or a share) is checked on each resource.
        const env = target.environment.replace(/'/g, "''");
        const filter = `tagName eq '${OWNER_TAG_ENVIRONMENT}' and tagValue eq '${env}'`;
        return guarded(() => all(ctx.clients().resources.resourceGroups.list({ filter })));
      }),
    inGroups: (key, list) =>
      once(key, async () => {
        const c = ctx.clients();
        const fallback = s.defaultGroup(target);
        const names = new Set((await ctx.groups()).map((g) => (g.name ?? "").toLowerCase()).filter(Boolean));
        const toRead = [
          ...(fallback ? [fallback] : []),
          ...[...names].filter((n) => n !== fallback?.toLowerCase()),
        ];
        const out = [];
        for (const group of toRead) {
          try {
            out.push(...(await guarded(() => all(list(c, group)))));
          } catch (e) {
            // The environment's group may not exist yet; nothing in it then.
            if (!(isNotFound(e) && group === fallback)) throw e;
          }
        }
        return out;
      }),
  };
  return ctx;
}

/** A tag users set: none of Plagentic's (ownership, or the omitted list). */
export function isUserTag(key: string): boolean {
  return !isOwnershipTag(key) && key.toLowerCase() !== OWNER_TAG_OMITTED;
}

/**
 * The tags a PUT writes: the spec's own (never an ownership tag: a spec cannot claim or share a
 * resource), `ownership` (a create's, or what an update keeps), and the omitted list.
 */
export function ownedTags(op: ResourceOperation, ownership: Tags): Tags {
  const omitted = omittedPaths(op.attributes, OMITTABLE[op.type] ?? []);
  return {
    ...Object.fromEntries(Object.entries(op.tags).filter(([k]) => isUserTag(k))),
    ...ownership,
    ...(omitted.length > 0 && { [OWNER_TAG_OMITTED]: omitted.join(",") }),
  };
}

/**
 * The live form of a tagged resource, or undefined when `target` neither owns nor is shared it.
 * `state` is ARM's provisioningState when unusable, unless the type says otherwise.
 */
export function tagged(
  type: string,
  resource: { id?: string; tags?: Tags },
  target: ProviderTarget,
  attributes: Attributes,
  state: string | undefined = unusableState(resource),
): LiveResource | undefined {
  const tags = resource.tags ?? {};
  const address = tags[OWNER_TAG_ADDRESS];
  if (!ownedBy(tags, target) || !address) return undefined;
  const omitted = (tags[OWNER_TAG_OMITTED] ?? "").split(",").filter(Boolean);
  const userTags = Object.fromEntries(Object.entries(tags).filter(([k]) => isUserTag(k)));
  return {
    address,
    type,
    id: canonicalId(resource.id),
    attributes: withoutPaths(attributes, omitted),
    tags: userTags,
    ...(state !== undefined && { state }),
  };
}

/**
 * ARM's provisioningState when it says the resource is not usable. A PUT that ended `Failed`
 * leaves the resource with its tags, so without this the next plan would see nothing to do.
 */
export function unusableState(resource: object): string | undefined {
  const r = resource as { provisioningState?: unknown; properties?: { provisioningState?: unknown } };
  const state = r.provisioningState ?? r.properties?.provisioningState;
  return typeof state === "string" && /^(failed|deleting|canceled)$/i.test(state) ? state : undefined;
}

/** A PUT's answer as live state; it must still carry the tags just written. */
export function mine(r: LiveResource | undefined, what: string): LiveResource {
  if (!r) throw new ProviderOperationError("OwnershipMismatch", `${what} came back without its tags`);
  return r;
}

/** `attributes` with the resource group the resource's id names. */
export function placed(resource: { id?: string }, attributes: Attributes): Attributes {
  const parts = parseId(resource.id ?? "");
  return parts
    ? { ...attributes, resource_group: groupId(parts.subscription, parts.resourceGroup) }
    : attributes;
}

/** The location a PUT sends: the spec's, else the environment's region. */
export function locationOf(op: ResourceOperation): string {
  return typeof op.attributes["location"] === "string" ? op.attributes["location"] : op.target.region;
}

/** The parts of an Azure resource id, or InvalidId. */
export function partsOf(id: string): AzureIdParts {
  const parts = parseId(id);
  if (!parts) throw new ProviderOperationError("InvalidId", `${id} is not an Azure resource id`);
  return parts;
}

/** A resource as the dispatcher sees it: its tags, and its id and name. */
export function foundOf<R extends { id?: string; tags?: Tags }>(r: R, name?: string): Found<R> {
  return { id: canonicalId(r.id), tags: r.tags ?? {}, resource: r, ...(name !== undefined && { name }) };
}

/** A GET that answers undefined when the resource (or its group) does not exist. */
export async function getOrNothing<T>(fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await guarded(fn);
  } catch (e) {
    if (isNotFound(e)) return undefined;
    throw e;
  }
}

/** Every item of a paged list, page by page (each page one request, following nextLink). */
export async function all<T>(iterator: Paged<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const page of iterator.byPage()) out.push(...page);
  return out;
}

export function isNotFound(e: unknown): boolean {
  if (!(e instanceof ProviderOperationError)) return false;
  return ["ResourceNotFound", "NotFound", "ResourceGroupNotFound", "HTTP_404"].includes(e.code);
}

/**
 * SDK failures as ProviderOperationError with Azure's error code: a RestError carries it as
 * `code`; a failed long-running operation carries the async operation's `error.code`.
 */
const LRO_FAILED = /^The long-running operation has failed\. ([A-Za-z0-9_.]+)\. ([\s\S]*)$/;

export async function guarded<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof ProviderOperationError || e instanceof PlagenticError) throw e;
    const err = e as { code?: unknown; statusCode?: unknown; message?: unknown };
    // core-lro reports a Failed operation as a plain Error: "...has failed. <code>. <message>".
    const lro = typeof err.message === "string" ? LRO_FAILED.exec(err.message) : null;
    if (lro) throw new ProviderOperationError(lro[1]!, lro[2]!);
    const code =
      typeof err.code === "string" && err.code !== ""
        ? err.code
        : typeof err.statusCode === "number"
          ? `HTTP_${err.statusCode}`
          : "AzureError";
    throw new ProviderOperationError(code, typeof err.message === "string" ? err.message : String(e));
  }
}
