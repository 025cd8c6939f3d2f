/** `azurerm_network_security_group`: its rules are part of its body. */
import type { NetworkSecurityGroup } from "@azure/arm-network";
import { armHandler } from "../arm-handler.js";
import { securityGroupAttributes, securityGroupBody } from "../bodies.js";
import { locationOf } from "../context.js";

export const networkSecurityGroup = armHandler<NetworkSecurityGroup>({
  type: "azurerm_network_security_group",
  list: (c, group) => c.network.networkSecurityGroups.list(group),
  get: (c, group, name) => c.network.networkSecurityGroups.get(group, name),
  put: (ctx, c, at, op, tags) =>
    c.network.networkSecurityGroups.beginCreateOrUpdateAndWait(
      at.group,
      at.name,
      securityGroupBody(locationOf(op), op.attributes, tags),
      ctx.lro,
    ),
  remove: (ctx, c, group, name) => c.network.networkSecurityGroups.beginDeleteAndWait(group, name, ctx.lro),
  attributes: securityGroupAttributes,
});
