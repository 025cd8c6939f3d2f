/**
 * Azure through the ARM SDKs. Creates are PUTs by a name derived from (environment, address,
 * token), which makes them idempotent, run as long-running operations polled to the end. Reads
 * list each resource group once per resource kind, following nextLink, with no per-resource GETs.
 *
 * Ownership is by the tags of provider.ts (`plagentic:environment`, `plagentic:repository`, the
 * share tags and `plagentic:address`; Azure allows `:` in tag names). Subnets take no tags: a
 * subnet is owned when its virtual network is and its name is one Plagentic generates (names.ts),
 * which also encodes its address.
 *
 * A create is a PUT by name, which would overwrite whatever has that name: it looks first
 * (existing.ts). Deleting a resource group deletes everything in it: it is deleted only when it
 * holds nothing but this environment's resources (container.ts).
 */
import { ComputeManagementClient, type VirtualMachine } from "@azure/arm-compute";
import {
  NetworkManagementClient,
  type NetworkInterface,
  type NetworkSecurityGroup,
  type PublicIPAddress,
  type VirtualNetwork,
} from "@azure/arm-network";
import { ResourceManagementClient, type ResourceGroup } from "@azure/arm-resources";
import type { TokenCredential } from "@azure/identity";
import { explainedCredential } from "./credentials.js";
import type { Attributes } from "../../spec/model.js";
import {
  identityTagsAfterUpdate,
  isOwnershipTag,
  OWNER_TAG_ADDRESS,
  OWNER_TAG_ENVIRONMENT,
  ownedBy,
  ownershipTags,
  ProviderOperationError,
  type LiveResource,
  type Provider,
  type ProviderTarget,
  type ResourceOperation,
} from "../provider.js";
import { PlagenticError } from "../../spec/errors.js";
import type { ProviderDeps } from "../registry.js";
import { omittedPaths, withoutPaths } from "../omitted.js";
import { containerNotEmpty, foreignMembers, foreignSubnets } from "./container.js";
import { assertMayCreate, type AtName } from "./existing.js";
import {
  canonicalId,
  groupId,
  parseId,
  resourceName,
  subnetAddress,
  subnetName,
  type AzureIdParts,
} from "./names.js";
import {
  networkInterfaceAttributes,
  networkInterfaceBody,
  OMITTABLE,
  publicIpAttributes,
  publicIpBody,
  securityGroupAttributes,
  securityGroupBody,
  subnetAttributes,
  subnetBody,
  virtualMachineAttributes,
  virtualMachineBody,
  virtualNetworkAttributes,
  virtualNetworkBody,
} from "./resources.js";

export const AZURE_TYPES = [
  "azurerm_resource_group",
  "azurerm_virtual_network",
  "azurerm_subnet",
  "azurerm_network_security_group",
  "azurerm_network_interface",
  "azurerm_public_ip",
  "azurerm_linux_virtual_machine",
] as const;

/** Properties the spec left out at create, kept so that reads leave them out again. */
export const OWNER_TAG_OMITTED = "plagentic:omitted";

/** A tag users set: none of Plagentic's (ownership, or the omitted list). */
function isUserTag(key: string): boolean {
  return !isOwnershipTag(key) && key.toLowerCase() !== OWNER_TAG_OMITTED;
}

export interface AzureProviderOptions {
  /** A TokenCredential; DefaultAzureCredential (incl. GitHub OIDC federation) when absent. */
  credential?: TokenCredential;
  /** LRO polling interval; Azure's Retry-After wins when it sends one. */
  updateIntervalInMs?: number;
}

type Tags = Record<string, string>;
type AzureSettings = NonNullable<ProviderDeps["settings"]["azure"]>;

export async function createAzureProvider(
  deps: ProviderDeps,
  options: AzureProviderOptions = {},
): Promise<Provider> {
  const settings = deps.settings.azure ?? {};
  const credential = explainedCredential(options.credential ?? (await defaultCredential(settings)));
  const endpoint = settings.endpoint;
  // The ARM clients ask for a management.azure.com token whatever their endpoint; a sovereign
  // cloud's endpoint needs its own audience.
  const audience = settings.audience ?? `${endpoint ? new URL(endpoint).origin : PUBLIC_ARM}/.default`;
  const lro =
    options.updateIntervalInMs === undefined ? {} : { updateIntervalInMs: options.updateIntervalInMs };
  const progress = deps.progress ?? (() => undefined);
  const clients = new Map<string, Clients>();

  interface Clients {
    compute: ComputeManagementClient;
    network: NetworkManagementClient;
    resources: ResourceManagementClient;
  }
  function clientsFor(subscription: string): Clients {
    let c = clients.get(subscription);
    if (!c) {
      const opts = { ...(endpoint && { endpoint }), credentials: { scopes: [audience] } };
      c = {
        compute: new ComputeManagementClient(credential, subscription, opts),
        network: new NetworkManagementClient(credential, subscription, opts),
        resources: new ResourceManagementClient(credential, subscription, opts),
      };
      clients.set(subscription, c);
    }
    return c;
  }

  function subscriptionOf(target: ProviderTarget): string {
    const sub = target.subscription ?? settings.subscriptionId ?? deps.env["AZURE_SUBSCRIPTION_ID"];
    if (!sub) {
      throw new ProviderOperationError(
        "MissingSubscription",
        "no Azure subscription: set `subscription:` in the spec or `providers.azure.subscription_id` in config",
      );
    }
    return sub;
  }
  function defaultGroup(target: ProviderTarget): string | undefined {
    return target.resourceGroup ?? settings.resourceGroup;
  }

  /** The group a resource goes in: its `resource_group` reference, else the environment's. */
  function groupOf(op: ResourceOperation): string {
    const ref = op.attributes["resource_group"];
    if (typeof ref === "string") {
      const parts = parseId(ref);
      if (parts) return parts.resourceGroup;
    }
    const group = defaultGroup(op.target);
    if (!group) {
      throw new ProviderOperationError(
        "MissingResourceGroup",
        `${op.address} has no resource_group and the environment names none (resource_group: in the spec)`,
      );
    }
    return group;
  }

  /**
   * The tags a PUT writes: the spec's own (never an ownership tag: a spec cannot claim or share a
   * resource), `ownership` (a create's, or what an update keeps), and the omitted list.
   */
  function ownedTags(op: ResourceOperation, ownership: Tags): Tags {
    const omitted = omittedPaths(op.attributes, OMITTABLE[op.type] ?? []);
    return {
      ...Object.fromEntries(Object.entries(op.tags).filter(([k]) => isUserTag(k))),
      ...ownership,
      ...(omitted.length > 0 && { [OWNER_TAG_OMITTED]: omitted.join(",") }),
    };
  }

  /** The live form of a tagged resource, or undefined when `target` neither owns nor is shared it. */
  function tagged(
    type: string,
    resource: { id?: string; tags?: Tags },
    target: ProviderTarget,
    attributes: Attributes,
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
    };
  }

  function placed(resource: { id?: string }, attributes: Attributes): Attributes {
    const parts = parseId(resource.id ?? "");
    return parts
      ? { ...attributes, resource_group: groupId(parts.subscription, parts.resourceGroup) }
      : attributes;
  }

  function vnetLive(v: VirtualNetwork, target: ProviderTarget): LiveResource[] {
    const owned = tagged("azurerm_virtual_network", v, target, placed(v, virtualNetworkAttributes(v)));
    if (!owned) return [];
    const subnets = (v.subnets ?? []).flatMap((sn): LiveResource[] => {
      const address = subnetAddress(sn.name ?? "");
      if (address === undefined) return [];
      return [
        {
          address,
          type: "azurerm_subnet",
          id: canonicalId(sn.id),
          attributes: subnetAttributes(sn, v.id ?? ""),
          tags: {},
        },
      ];
    });
    return [owned, ...subnets];
  }
  const nsgLive = (g: NetworkSecurityGroup, t: ProviderTarget) =>
    tagged("azurerm_network_security_group", g, t, placed(g, securityGroupAttributes(g)));
  const pipLive = (p: PublicIPAddress, t: ProviderTarget) =>
    tagged("azurerm_public_ip", p, t, placed(p, publicIpAttributes(p)));
  const nicLive = (n: NetworkInterface, t: ProviderTarget) =>
    tagged("azurerm_network_interface", n, t, placed(n, networkInterfaceAttributes(n)));
  const vmLive = (vm: VirtualMachine, t: ProviderTarget) =>
    tagged("azurerm_linux_virtual_machine", vm, t, placed(vm, virtualMachineAttributes(vm)));
  const groupLive = (g: ResourceGroup, t: ProviderTarget) =>
    tagged("azurerm_resource_group", g, t, { location: g.location ?? "" });

  async function readGroup(c: Clients, group: string, target: ProviderTarget): Promise<LiveResource[]> {
    const [vnets, nsgs, pips, nics, vms] = await Promise.all([
      all(c.network.virtualNetworks.list(group)),
      all(c.network.networkSecurityGroups.list(group)),
      all(c.network.publicIPAddresses.list(group)),
      all(c.network.networkInterfaces.list(group)),
      all(c.compute.virtualMachines.list(group)),
    ]);
    return [
      ...vnets.flatMap((v) => vnetLive(v, target)),
      ...[...nsgs.map((g) => nsgLive(g, target)), ...pips.map((p) => pipLive(p, target))],
      ...[...nics.map((n) => nicLive(n, target)), ...vms.map((v) => vmLive(v, target))],
    ].filter((r): r is LiveResource => r !== undefined);
  }

  async function readLive(target: ProviderTarget): Promise<LiveResource[]> {
    const c = clientsFor(subscriptionOf(target));
    const env = target.environment;
    // ARM filters on one tag only; the repository (or a share) is checked on each resource.
    const filter = `tagName eq '${OWNER_TAG_ENVIRONMENT}' and tagValue eq '${env.replace(/'/g, "''")}'`;
    const groups = await guarded(() => all(c.resources.resourceGroups.list({ filter })));
    const live: LiveResource[] = groups
      .map((g) => groupLive(g, target))
      .filter((r): r is LiveResource => !!r);
    const names = new Set(groups.map((g) => (g.name ?? "").toLowerCase()).filter(Boolean));
    const fallback = defaultGroup(target);
    const toRead = [
      ...(fallback ? [fallback] : []),
      ...[...names].filter((n) => n !== fallback?.toLowerCase()),
    ];
    for (const group of toRead) {
      try {
        live.push(...(await guarded(() => readGroup(c, group, target))));
      } catch (e) {
        // The environment's group may not exist yet; nothing in it then.
        if (!(isNotFound(e) && group === fallback)) throw e;
      }
    }
    return live.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
  }

  /**
   * Where a write goes: the resource's name and group (an update's, from its id; a create's,
   * generated and from the spec) and the ownership tags it writes.
   */
  interface Placement {
    name: string;
    group?: string;
    ownership: Tags;
    /** An update of an existing resource (a virtual network then keeps its subnets). */
    existing: boolean;
  }

  /** The name a create PUTs: derived from (environment, address, token), so a retry reuses it. */
  function nameOf(op: ResourceOperation): string {
    return op.type === "azurerm_subnet"
      ? subnetName(op.address, op.token)
      : resourceName(op.target.environment, op.address, op.token);
  }

  /** A subnet's network, from its `virtual_network` attribute. */
  function parentOf(op: ResourceOperation): AzureIdParts {
    const parent = parseId(String(op.attributes["virtual_network"] ?? ""));
    if (!parent)
      throw new ProviderOperationError(
        "InvalidParameterValue",
        `${op.address}: virtual_network is not an id`,
      );
    return parent;
  }

  async function put(op: ResourceOperation, at: Placement): Promise<LiveResource> {
    const c = clientsFor(subscriptionOf(op.target));
    const target = op.target;
    const location =
      typeof op.attributes["location"] === "string" ? op.attributes["location"] : op.target.region;
    const tags = ownedTags(op, at.ownership);
    const { name } = at;
    const group = () => at.group ?? groupOf(op);
    const what = `${op.address} (${name})`;
    progress(`${what}: waiting for Azure to finish`);
    const mine = (r: LiveResource | undefined): LiveResource => {
      if (!r) throw new ProviderOperationError("OwnershipMismatch", `${what} came back without its tags`);
      return r;
    };
    return guarded(async () => {
      switch (op.type) {
        case "azurerm_resource_group": {
          const g = await c.resources.resourceGroups.createOrUpdate(name, { location, tags });
          return mine(groupLive(g, target));
        }
        case "azurerm_virtual_network": {
          const body = virtualNetworkBody(location, op.attributes, tags);
          if (at.existing) {
            // A PUT without the subnets would remove them: keep what the network has.
            const current = await c.network.virtualNetworks.get(group(), name);
            body.subnets = current.subnets ?? [];
          }
          const v = await c.network.virtualNetworks.beginCreateOrUpdateAndWait(group(), name, body, lro);
          return mine(vnetLive(v, target)[0]);
        }
        case "azurerm_subnet": {
          const parent = parentOf(op);
          const sn = await c.network.subnets.beginCreateOrUpdateAndWait(
            parent.resourceGroup,
            parent.name,
            name,
            subnetBody(op.attributes),
            lro,
          );
          const vnetId = String(op.attributes["virtual_network"]);
          return {
            address: op.address,
            type: op.type,
            id: canonicalId(sn.id),
            attributes: subnetAttributes(sn, vnetId),
            tags: {},
          };
        }
        case "azurerm_network_security_group": {
          const body = securityGroupBody(location, op.attributes, tags);
          const g = await c.network.networkSecurityGroups.beginCreateOrUpdateAndWait(
            group(),
            name,
            body,
            lro,
          );
          return mine(nsgLive(g, target));
        }
        case "azurerm_public_ip": {
          const body = publicIpBody(location, op.attributes, tags);
          const p = await c.network.publicIPAddresses.beginCreateOrUpdateAndWait(group(), name, body, lro);
          return mine(pipLive(p, target));
        }
        case "azurerm_network_interface": {
          const body = networkInterfaceBody(location, op.attributes, tags);
          const n = await c.network.networkInterfaces.beginCreateOrUpdateAndWait(group(), name, body, lro);
          return mine(nicLive(n, target));
        }
        case "azurerm_linux_virtual_machine": {
          const body = virtualMachineBody(name, location, op.attributes, tags);
          const vm = await c.compute.virtualMachines.createOrUpdate(group(), name, body, lro);
          return mine(vmLive(vm, target));
        }
        default:
          throw new ProviderOperationError("UnsupportedType", `the azure provider cannot apply ${op.type}`);
      }
    });
  }

  /**
   * What is at a name now, or undefined when nothing is: the resource's tags and address. A subnet
   * has no tags of its own; it is reported with its network's tags and the address its name encodes.
   */
  async function atName(c: Clients, type: string, parts: AzureIdParts): Promise<AtName | undefined> {
    const { resourceGroup: group, name } = parts;
    const tagged = (r: { tags?: Tags }): AtName => ({
      tags: r.tags ?? {},
      address: r.tags?.[OWNER_TAG_ADDRESS],
    });
    try {
      return await guarded(async () => {
        switch (type) {
          case "azurerm_resource_group":
            return tagged(await c.resources.resourceGroups.get(name));
          case "azurerm_virtual_network":
            return tagged(await c.network.virtualNetworks.get(group, name));
          case "azurerm_subnet": {
            const vnet = await c.network.virtualNetworks.get(group, parts.parent ?? "");
            const found = (vnet.subnets ?? []).some(
              (sn) => (sn.name ?? "").toLowerCase() === name.toLowerCase(),
            );
            return found ? { tags: vnet.tags ?? {}, address: subnetAddress(name) } : undefined;
          }
          case "azurerm_network_security_group":
            return tagged(await c.network.networkSecurityGroups.get(group, name));
          case "azurerm_public_ip":
            return tagged(await c.network.publicIPAddresses.get(group, name));
          case "azurerm_network_interface":
            return tagged(await c.network.networkInterfaces.get(group, name));
          case "azurerm_linux_virtual_machine":
            return tagged(await c.compute.virtualMachines.get(group, name));
          default:
            throw new ProviderOperationError("UnsupportedType", `the azure provider cannot apply ${type}`);
        }
      });
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw e;
    }
  }

  /**
   * Only a resource carrying this environment's tags (its repository's, or shared with it) for
   * `address` is changed or removed; returns its tags.
   */
  async function checkOwned(
    c: Clients,
    parts: AzureIdParts,
    target: ProviderTarget,
    resource: { id: string; address: string; type: string },
  ): Promise<Tags> {
    const found = await atName(c, resource.type, parts);
    if (!found) throw new ProviderOperationError("NotFound", `${resource.id} no longer exists`);
    if (!ownedBy(found.tags, target) || found.address !== resource.address) {
      throw new ProviderOperationError(
        "NotOwned",
        `${resource.id} does not carry the ownership tags of ${resource.address} in ${target.environment} of ${target.repository}`,
      );
    }
    return found.tags;
  }

  async function create(op: ResourceOperation): Promise<LiveResource> {
    const sub = subscriptionOf(op.target);
    const name = nameOf(op);
    const parent = op.type === "azurerm_subnet" ? parentOf(op) : undefined;
    const parts: AzureIdParts = parent
      ? { subscription: parent.subscription, resourceGroup: parent.resourceGroup, parent: parent.name, name }
      : {
          subscription: sub,
          resourceGroup: op.type === "azurerm_resource_group" ? name : groupOf(op),
          name,
        };
    assertMayCreate(name, await atName(clientsFor(sub), op.type, parts), op.target, op);
    return put(op, { name, ownership: ownershipTags(op.target, op.address), existing: false });
  }

  async function update(op: ResourceOperation & { id: string }): Promise<LiveResource> {
    const parts = parseId(op.id);
    if (!parts) throw new ProviderOperationError("InvalidId", `${op.id} is not an Azure resource id`);
    // A PUT would overwrite the tags, taking over whatever the id names: look first, as delete does.
    const current = await checkOwned(clientsFor(parts.subscription), parts, op.target, op);
    const ownership = { ...identityTagsAfterUpdate(current, op.target), [OWNER_TAG_ADDRESS]: op.address };
    return put(op, { name: parts.name, group: parts.resourceGroup, ownership, existing: true });
  }

  async function remove(target: ProviderTarget, resource: { id: string; address: string; type: string }) {
    const parts = parseId(resource.id);
    if (!parts) throw new ProviderOperationError("InvalidId", `${resource.id} is not an Azure resource id`);
    const c = clientsFor(parts.subscription);
    const { resourceGroup: group, name } = parts;
    try {
      await guarded(async () => {
        await checkOwned(c, parts, target, resource);
        if (resource.type === "azurerm_resource_group") {
          // Listed right before the delete, since ARM deletes whatever the group holds by then.
          const members = await all(c.resources.resources.listByResourceGroup(name));
          const foreign = foreignMembers(members, target);
          // A network of ours still in the group takes its subnets with it, hand-made ones too.
          for (const m of members)
            if (m.type?.toLowerCase() === "microsoft.network/virtualnetworks" && m.name) {
              const v = await c.network.virtualNetworks.get(name, m.name);
              foreign.push(...foreignSubnets(v.subnets ?? []));
            }
          if (foreign.length > 0) throw containerNotEmpty(`resource group ${name}`, foreign);
        }
        if (resource.type === "azurerm_virtual_network") {
          // ARM deletes a network's subnets with it (those no interface uses): only ours may go.
          const v = await c.network.virtualNetworks.get(group, name);
          const foreign = foreignSubnets(v.subnets ?? []);
          if (foreign.length > 0) throw containerNotEmpty(`virtual network ${name}`, foreign);
        }
        progress(`${resource.address} (${name}): deleting`);
        switch (resource.type) {
          case "azurerm_resource_group":
            return c.resources.resourceGroups.beginDeleteAndWait(name, lro);
          case "azurerm_virtual_network":
            return c.network.virtualNetworks.beginDeleteAndWait(group, name, lro);
          case "azurerm_subnet":
            return c.network.subnets.beginDeleteAndWait(group, parts.parent ?? "", name, lro);
          case "azurerm_network_security_group":
            return c.network.networkSecurityGroups.beginDeleteAndWait(group, name, lro);
          case "azurerm_public_ip":
            return c.network.publicIPAddresses.beginDeleteAndWait(group, name, lro);
          case "azurerm_network_interface":
            return c.network.networkInterfaces.beginDeleteAndWait(group, name, lro);
          default:
            return c.compute.virtualMachines.delete(group, name, lro);
        }
      });
    } catch (e) {
      if (isNotFound(e)) return;
      throw e;
    }
  }

  return {
    name: "azure",
    capabilities: {
      applies: AZURE_TYPES,
      // A subnet lives in its network's group; Azure reports no group of its own for it.
      writeOnly: { azurerm_subnet: ["resource_group"] },
    },
    readLive,
    create,
    update,
    delete: remove,
  };
}

const PUBLIC_ARM = "https://management.azure.com";

async function defaultCredential(settings: AzureSettings): Promise<TokenCredential> {
  const { DefaultAzureCredential } = await import("@azure/identity");
  return new DefaultAzureCredential({
    ...(settings.authorityHost && { authorityHost: settings.authorityHost }),
    ...(settings.instanceDiscovery === false && { disableInstanceDiscovery: true }),
  });
}

/** Every item of a paged list, page by page (each page one request, following nextLink). */
async function all<T>(iterator: { byPage(): AsyncIterableIterator<T[]> }): Promise<T[]> {
  const out: T[] = [];
  for await (const page of iterator.byPage()) out.push(...page);
  return out;
}

function isNotFound(e: unknown): boolean {
  if (!(e instanceof ProviderOperationError)) return false;
  return ["ResourceNotFound", "NotFound", "ResourceGroupNotFound", "HTTP_404"].includes(e.code);
}

/**
 * SDK failures as ProviderOperationError with Azure's error code: a RestError carries it as
 * `code`; a failed long-running operation carries the async operation's `error.code`.
 */
const LRO_FAILED = /^The long-running operation has failed\. ([A-Za-z0-9_.]+)\. ([\s\S]*)$/;

async function guarded<T>(fn: () => Promise<T>): Promise<T> {
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
