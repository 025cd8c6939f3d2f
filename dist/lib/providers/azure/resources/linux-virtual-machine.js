import { armHandler } from "../arm-handler.js";
import { virtualMachineAttributes, virtualMachineBody } from "../bodies.js";
import { locationOf } from "../context.js";
export const linuxVirtualMachine = armHandler({
    type: "azurerm_linux_virtual_machine",
    list: (c, group) => c.compute.virtualMachines.list(group),
    get: (c, group, name) => c.compute.virtualMachines.get(group, name),
    put: (ctx, c, at, op, tags) => c.compute.virtualMachines.createOrUpdate(at.group, at.name, virtualMachineBody(at.name, locationOf(op), op.attributes, tags), ctx.lro),
    remove: (ctx, c, group, name) => c.compute.virtualMachines.delete(group, name, ctx.lro),
    attributes: virtualMachineAttributes,
});
