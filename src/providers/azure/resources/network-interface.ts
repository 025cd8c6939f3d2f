/** `azurerm_network_interface`. */
import type { NetworkInterface } from "@azure/arm-network";
import { armHandler } from "../arm-handler.js";
import { networkInterfaceAttributes, networkInterfaceBody } from "../bodies.js";
import { locationOf } from "../context.js";

export const networkInterface = armHandler<NetworkInterface>({
  type: "azurerm_network_interface",
  list: (c, group) => c.network.networkInterfaces.list(group),
  get: (c, group, name) => c.network.networkInterfaces.get(group, name),
  put: (ctx, c, at, op, tags) =>
    c.network.networkInterfaces.beginCreateOrUpdateAndWait(
      at.group,
      at.name,
      networkInterfaceBody(locationOf(op), op.attributes, tags),
      ctx.lro,
    ),
  remove: (ctx, c, group, name) => c.network.networkInterfaces.beginDeleteAndWait(group, name, ctx.lro),
  attributes: networkInterfaceAttributes,
});
