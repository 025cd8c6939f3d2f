import { armHandler } from "../arm-handler.js";
import { locationOf } from "../context.js";
import { untilDone } from "../long-operation.js";
const num = (v) => (typeof v === "number" ? v : undefined);
export function diskBody(location, attrs, tags) {
    const size = num(attrs["disk_size_gb"]);
    return {
        location,
        tags,
        sku: { name: String(attrs["storage_account_type"] ?? "Standard_LRS") },
        creationData: { createOption: String(attrs["create_option"] ?? "Empty") },
        ...(size !== undefined && { diskSizeGB: size }),
    };
}
export function diskAttributes(d) {
    return {
        location: d.location ?? "",
        storage_account_type: d.sku?.name ?? "",
        create_option: d.creationData?.createOption ?? "",
        ...(typeof d.diskSizeGB === "number" && { disk_size_gb: d.diskSizeGB }),
    };
}
export const managedDisk = armHandler({
    type: "azurerm_managed_disk",
    optional: true,
    list: (c, group) => c.compute.disks.listByResourceGroup(group),
    get: (c, group, name) => c.compute.disks.get(group, name),
    put: async (ctx, c, at, op, tags) => (await untilDone(ctx, `${op.address} (${at.name}) to be written`, () => c.compute.disks.beginCreateOrUpdate(at.group, at.name, diskBody(locationOf(op), op.attributes, tags)))) ?? c.compute.disks.get(at.group, at.name),
    remove: (ctx, c, group, name) => untilDone(ctx, `disk ${name} to be deleted`, () => c.compute.disks.beginDelete(group, name)),
    attributes: diskAttributes,
});
