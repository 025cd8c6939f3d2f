import { numberAt, stringAt } from "./attributes.js";
import { fixedComponent, unknownComponent } from "./components.js";
import { findManaged, findRegional, managedFound, newest } from "./estimator.js";
/** The EBS data's key for a volume type ("standard" is the previous-generation magnetic volume). */
export function ebsKey(type) {
    return type === "standard" ? "standard_magnetic" : type;
}
export function ebsStorage(ctx, sizeGb, type) {
    const name = `Storage (EBS${type ? `, ${type}` : ""})`;
    if (type === undefined)
        return unknownComponent(name, "GB-month", "volume type is not set (the AMI decides it)");
    if (sizeGb === undefined)
        return unknownComponent(name, "GB-month", "volume size is not set");
    const what = `EBS ${type} storage`;
    const found = newest(findRegional(ctx, "ebs", ebsKey(type), what), managedFound(findManaged(ctx, "aws", "ebs", (p) => p.resourceType === `aws_ebs_volume (type=${type})` && p.unit === "GB-month", what)));
    return fixedComponent(name, "GB-month", found, sizeGb);
}
/** The persistent-disk data's key for a disk type; hyperdisk-balanced is not in the data. */
const PD_KEY = {
    "pd-standard": "hdd",
    "pd-balanced": "balanced",
    "pd-ssd": "ssd",
    "pd-extreme": "extreme",
    "hyperdisk-extreme": "hyperdisk_extreme",
};
export function persistentDiskStorage(ctx, sizeGb, type) {
    const name = `Persistent disk storage${type ? ` (${type})` : ""}`;
    if (type === undefined)
        return unknownComponent(name, "GB-month", "disk type is not set (GCE decides it)");
    if (sizeGb === undefined)
        return unknownComponent(name, "GB-month", "disk size is not set (the image decides it)");
    const what = `${type} persistent disk`;
    const key = Object.hasOwn(PD_KEY, type) ? PD_KEY[type] : undefined;
    const found = newest(key === undefined ? `no ${what} price in the price data` : findRegional(ctx, "gcp-disk", key, what), managedFound(findManaged(ctx, "gcp", "compute_engine", (p) => p.resourceType === `google_compute_disk (type=${type})` && p.unit === "GB-month", what)));
    return fixedComponent(name, "GB-month", found, sizeGb);
}
/** Azure bills a managed disk at the smallest tier that holds it: tier number → GiB (P10, E10, S10 = 128). */
// prettier-ignore
const AZURE_TIER_GIB = [
    [1, 4], [2, 8], [3, 16], [4, 32], [6, 64], [10, 128], [15, 256], [20, 512],
    [30, 1024], [40, 2048], [50, 4096], [60, 8192], [70, 16384], [80, 32767],
];
/** Tier letter per storage type; Standard HDD starts at S4. */
const AZURE_TIER_PREFIX = {
    Premium_LRS: { prefix: "P", smallest: 1 },
    StandardSSD_LRS: { prefix: "E", smallest: 1 },
    Standard_LRS: { prefix: "S", smallest: 4 },
};
export function azureDiskTier(storageAccountType, sizeGb) {
    const kind = Object.hasOwn(AZURE_TIER_PREFIX, storageAccountType)
        ? AZURE_TIER_PREFIX[storageAccountType]
        : undefined;
    if (!kind)
        return undefined;
    const fit = AZURE_TIER_GIB.find(([tier, gib]) => tier >= kind.smallest && gib >= sizeGb);
    return fit ? `${kind.prefix}${fit[0]}` : undefined;
}
export function azureManagedDisk(ctx, sizeGb, storageAccountType) {
    const name = `Managed disk storage${storageAccountType ? ` (${storageAccountType})` : ""}`;
    if (storageAccountType === undefined)
        return unknownComponent(name, "disk-month", "storage_account_type is not set");
    if (sizeGb === undefined)
        return unknownComponent(name, "disk-month", "disk_size_gb is not set (the image decides it)");
    const tier = azureDiskTier(storageAccountType, sizeGb);
    if (tier === undefined) {
        return unknownComponent(name, "disk-month", `no ${storageAccountType} tier for ${sizeGb} GiB in the price data`, 1);
    }
    const found = findManaged(ctx, "azure", "managed_disks", (p) => p.component === `Storage (${tier}, LRS)`, `${tier} (${storageAccountType}) managed disk`);
    return fixedComponent(`Storage (${tier}, LRS)`, "disk-month", found, 1);
}
/** The disk a compute resource declares in its `diskProperty` object, priced per cloud. */
export function computeDisk(ctx, catalog, disk) {
    switch (catalog) {
        case "aws-ec2":
            return ebsStorage(ctx, numberAt(disk, "volume_size"), stringAt(disk, "volume_type"));
        case "gcp-compute":
            return persistentDiskStorage(ctx, numberAt(disk, "size"), stringAt(disk, "type"));
        case "azure-vm":
            return azureManagedDisk(ctx, numberAt(disk, "disk_size_gb"), stringAt(disk, "storage_account_type"));
    }
}
