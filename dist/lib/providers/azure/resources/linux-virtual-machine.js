import { armHandler } from "../arm-handler.js";
import { virtualMachineAttributes, virtualMachineBody } from "../bodies.js";
import { locationOf } from "../context.js";
import { untilDone, written } from "../long-operation.js";
export const linuxVirtualMachine = armHandler({
    type: "azurerm_linux_virtual_machine",
    list: (c, group) => c.compute.virtualMachines.list(group),
    get: (c, group, name) => c.compute.virtualMachines.get(group, name),
    put: (ctx, c, at, op, tags) => written(ctx, `${op.address} (${at.name}) to be written`, () => c.compute.virtualMachines.beginCreateOrUpdate(at.group, at.name, virtualMachineBody(at.name, locationOf(op), op.attributes, tags)), () => c.compute.virtualMachines.get(at.group, at.name)),
    remove: (ctx, c, group, name) => untilDone(ctx, `${name} to be deleted`, () => c.compute.virtualMachines.beginDelete(group, name)),
    attributes: virtualMachineAttributes,
});
