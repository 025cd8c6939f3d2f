/** `azurerm_network_security_group`: its rules are part of its body. */
import type { NetworkSecurityGroup } from "@azure/arm-network";
import { armHandler } from "../arm-handler.js";
import { securityGroupAttributes, securityGroupBody } from "../bodies.js";
import { locationOf } from "../context.js";
import { untilDone, written } from "../long-operation.js";

export const networkSecurityGroup = armHandler<NetworkSecurityGroup>({
  type: "azurerm_network_security_group",
  list: (c, group) => c.network.networkSecurityGroups.list(group),
  get: (c, group, name) => c.network.networkSecurityGroups.get(group, name),
  put: (ctx, c, at, op, tags) =>
    written(
      ctx,
      `${op.address} (${at.name}) to be written`,
      () =>
        c.network.networkSecurityGroups.beginCreateOrUpdate(
          at.group,
          at.name,
          securityGroupBody(locationOf(op), op.attributes, tags),
        ),
      () => c.network.networkSecurityGroups.get(at.group, at.name),
    ),
  remove: (ctx, c, group, name) =>
    untilDone(ctx, `${name} to be deleted`, () => c.network.networkSecurityGroups.beginDelete(group, name)),
  attributes: securityGroupAttributes,
});
