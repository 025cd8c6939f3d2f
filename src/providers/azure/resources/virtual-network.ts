/**
 * `azurerm_virtual_network`. Its listing also holds its subnets (subnet.ts maps them from it). A
 * PUT without the subnets would remove them, so an update keeps those it has; a delete takes the
 * subnets with it, so it is refused while one Plagentic did not make is inside.
 */
import type { VirtualNetwork } from "@azure/arm-network";
import { armHandler } from "../arm-handler.js";
import { virtualNetworkAttributes, virtualNetworkBody } from "../bodies.js";
import { containerNotEmpty, foreignSubnets } from "../container.js";
import { locationOf, type Clients } from "../context.js";
import { untilDone, written } from "../long-operation.js";

/** The live read's one listing of networks, shared with the subnets. */
export const VIRTUAL_NETWORKS = "virtual networks";
export const listVirtualNetworks = (c: Clients, group: string) => c.network.virtualNetworks.list(group);

export const virtualNetwork = armHandler<VirtualNetwork>({
  type: "azurerm_virtual_network",
  list: listVirtualNetworks,
  listKey: VIRTUAL_NETWORKS,
  get: (c, group, name) => c.network.virtualNetworks.get(group, name),
  async put(ctx, c, at, op, tags) {
    const body = virtualNetworkBody(locationOf(op), op.attributes, tags);
    if (at.existing) body.subnets = (await c.network.virtualNetworks.get(at.group, at.name)).subnets ?? [];
    return written(
      ctx,
      `${op.address} (${at.name}) to be written`,
      () => c.network.virtualNetworks.beginCreateOrUpdate(at.group, at.name, body),
      () => c.network.virtualNetworks.get(at.group, at.name),
    );
  },
  async beforeDelete(_ctx, c, group, name) {
    // ARM deletes a network's subnets with it (those no interface uses): only ours may go.
    const v = await c.network.virtualNetworks.get(group, name);
    const foreign = foreignSubnets(v.subnets ?? []);
    if (foreign.length > 0) throw containerNotEmpty(`virtual network ${name}`, foreign);
  },
  remove: (ctx, c, group, name) =>
    untilDone(ctx, `${name} to be deleted`, () => c.network.virtualNetworks.beginDelete(group, name)),
  attributes: virtualNetworkAttributes,
});
