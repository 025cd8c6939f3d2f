import { armHandler } from "../arm-handler.js";
import { publicIpAttributes, publicIpBody } from "../bodies.js";
import { locationOf } from "../context.js";
export const publicIp = armHandler({
    type: "azurerm_public_ip",
    list: (c, group) => c.network.publicIPAddresses.list(group),
    get: (c, group, name) => c.network.publicIPAddresses.get(group, name),
    put: (ctx, c, at, op, tags) => c.network.publicIPAddresses.beginCreateOrUpdateAndWait(at.group, at.name, publicIpBody(locationOf(op), op.attributes, tags), ctx.lro),
    remove: (ctx, c, group, name) => c.network.publicIPAddresses.beginDeleteAndWait(group, name, ctx.lro),
    attributes: publicIpAttributes,
});
