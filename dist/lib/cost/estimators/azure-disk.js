/** Azure managed disks, billed per disk-month by size tier. */
import { numberAt, stringAt } from "../attributes.js";
import { azureManagedDisk } from "../disks.js";
export const azureDiskEstimators = {
    azurerm_managed_disk: {
        estimate: (resource, ctx) => [
            azureManagedDisk(ctx, numberAt(resource.attributes, "disk_size_gb"), stringAt(resource.attributes, "storage_account_type")),
        ],
    },
};
