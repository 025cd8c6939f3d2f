/** `azurerm_network_interface`. */
import type { NetworkInterface } from "@azure/arm-network";
import { armHandler } from "../arm-handler.js";
import { networkInterfaceAttributes, networkInterfaceBody } from "../bodies.js";
import { locationOf } from "../context.js";
import { untilDone, written } from "../long-operation.js";

export const networkInterface = armHandler<NetworkInterface>({
  type: "azurerm_network_interface",
  list: (c, group) => c.network.networkInterfaces.list(group),
  get: (c, group, name) => c.network.networkInterfaces.get(group, name),
  put: (ctx, c, at, op, tags) =>
    written(
      ctx,
      `${op.address} (${at.name}) to be written`,
      () =>
        c.network.networkInterfaces.beginCreateOrUpdate(
          at.group,
          at.name,
          networkInterfaceBody(locationOf(op), op.attributes, tags),
        ),
      () => c.network.networkInterfaces.get(at.group, at.name),
    ),
  remove: (ctx, c, group, name) =>
    untilDone(ctx, `${name} to be deleted`, () => c.network.networkInterfaces.beginDelete(group, name)),
  attributes: networkInterfaceAttributes,
});
