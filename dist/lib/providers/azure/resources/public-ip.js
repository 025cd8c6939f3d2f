import { armHandler } from "../arm-handler.js";
import { publicIpAttributes, publicIpBody } from "../bodies.js";
import { locationOf } from "../context.js";
import { untilDone, written } from "../long-operation.js";
export const publicIp = armHandler({
    type: "azurerm_public_ip",
    list: (c, group) => c.network.publicIPAddresses.list(group),
    get: (c, group, name) => c.network.publicIPAddresses.get(group, name),
    put: (ctx, c, at, op, tags) => written(ctx, `${op.address} (${at.name}) to be written`, () => c.network.publicIPAddresses.beginCreateOrUpdate(at.group, at.name, publicIpBody(locationOf(op), op.attributes, tags)), () => c.network.publicIPAddresses.get(at.group, at.name)),
    remove: (ctx, c, group, name) => untilDone(ctx, `${name} to be deleted`, () => c.network.publicIPAddresses.beginDelete(group, name)),
    attributes: publicIpAttributes,
});
