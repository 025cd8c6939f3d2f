/**
 * `azurerm_subnet`. A subnet takes no tags: it is owned when its virtual network is and its name
 * is one Plagentic generates (names.ts), which also encodes its address. Its live state comes from
 * the networks' listing, and it is PUT inside its network.
 */
import type { Subnet, VirtualNetwork } from "@azure/arm-network";
import {
  OWNER_TAG_ADDRESS,
  ProviderOperationError,
  type Found,
  type ResourceHandler,
  type ResourceOperation,
} from "../../provider.js";
import { deleting, putting } from "../arm-handler.js";
import { subnetAttributes, subnetBody } from "../bodies.js";
import { getOrNothing, partsOf, type AzureContext, type Clients } from "../context.js";
import { untilDone, written } from "../long-operation.js";
import { canonicalId, parseId, subnetAddress, subnetName, type AzureIdParts } from "../names.js";
import { listVirtualNetworks, VIRTUAL_NETWORKS } from "./virtual-network.js";

interface InNetwork {
  subnet: Subnet;
  /** Its network's id. */
  network: string;
}

/** The subnet `name` of `network` as the dispatcher sees it: the network's tags, its own address. */
function foundIn(network: VirtualNetwork, name: string): Found<InNetwork> | undefined {
  const sn = (network.subnets ?? []).find((s) => (s.name ?? "").toLowerCase() === name.toLowerCase());
  if (!sn) return undefined;
  const { [OWNER_TAG_ADDRESS]: _networkAddress, ...tags } = network.tags ?? {};
  const address = subnetAddress(sn.name ?? "");
  return {
    id: canonicalId(sn.id),
    tags: { ...tags, ...(address !== undefined && { [OWNER_TAG_ADDRESS]: address }) },
    resource: { subnet: sn, network: network.id ?? "" },
    name,
  };
}

/** A subnet's network, from its `virtual_network` attribute. */
function parentOf(op: ResourceOperation): AzureIdParts {
  const parent = parseId(String(op.attributes["virtual_network"] ?? ""));
  if (!parent)
    throw new ProviderOperationError("InvalidParameterValue", `${op.address}: virtual_network is not an id`);
  return parent;
}

async function getIn(c: Clients, group: string, network: string, name: string) {
  const v = await getOrNothing(() => c.network.virtualNetworks.get(group, network));
  return v && foundIn(v, name);
}

function put(ctx: AzureContext, op: ResourceOperation, name: string) {
  const c = ctx.clients();
  return putting(ctx, op, name, async () => {
    const parent = parentOf(op);
    const sn = await written(
      ctx,
      `${op.address} (${name}) to be written`,
      () =>
        c.network.subnets.beginCreateOrUpdate(
          parent.resourceGroup,
          parent.name,
          name,
          subnetBody(op.attributes),
        ),
      () => c.network.subnets.get(parent.resourceGroup, parent.name, name),
    );
    const network = String(op.attributes["virtual_network"]);
    return {
      address: op.address,
      type: op.type,
      id: canonicalId(sn.id),
      attributes: subnetAttributes(sn, network),
      tags: {},
    };
  });
}

export const subnet: ResourceHandler<AzureContext, InNetwork> = {
  type: "azurerm_subnet",
  tokenIn: "name",
  untagged: true,
  // A subnet lives in its network's group; Azure reports no group of its own for it.
  writeOnly: ["resource_group"],
  async list(ctx) {
    const networks = await ctx.inGroups(VIRTUAL_NETWORKS, listVirtualNetworks);
    // Only the subnets of a network that carries its address, as the network's own live state.
    return networks
      .filter((v) => v.tags?.[OWNER_TAG_ADDRESS])
      .flatMap((v) =>
        (v.subnets ?? []).flatMap((sn) => (subnetAddress(sn.name ?? "") ? [foundIn(v, sn.name!)!] : [])),
      );
  },
  async live(_ctx, owned) {
    return owned.map((f) => ({
      address: f.tags[OWNER_TAG_ADDRESS]!,
      type: "azurerm_subnet",
      id: f.id,
      attributes: subnetAttributes(f.resource.subnet, f.resource.network),
      tags: {},
    }));
  },
  async read(ctx, id) {
    const p = partsOf(id);
    return getIn(ctx.clients(p.subscription), p.resourceGroup, p.parent ?? "", p.name);
  },
  async findByToken(ctx, op) {
    const c = ctx.clients();
    const name = subnetName(op.address, op.token);
    const parent = parentOf(op);
    const found = await getIn(c, parent.resourceGroup, parent.name, name);
    return found ? [found] : [];
  },
  create(ctx, op) {
    return put(ctx, op, subnetName(op.address, op.token));
  },
  update(ctx, op) {
    return put(ctx, op, partsOf(op.id).name);
  },
  delete(ctx, _target, resource) {
    const p = partsOf(resource.id);
    const c = ctx.clients(p.subscription);
    return deleting(
      ctx,
      resource,
      p.name,
      async () => () =>
        untilDone(ctx, `${resource.address} (${p.name}) to be deleted`, () =>
          c.network.subnets.beginDelete(p.resourceGroup, p.parent ?? "", p.name),
        ),
    );
  },
};
