/**
 * Block storage prices (EBS, persistent disk, Azure managed disks), shared by the disk resource
 * types and by the disk a `compute` resource declares.
 */
import type { Attributes } from "../spec/model.js";
import type { MachineCatalog } from "./catalog.js";
import { type EstimateContext } from "./estimator.js";
import type { CostComponent } from "./model.js";
/** The EBS data's key for a volume type ("standard" is the previous-generation magnetic volume). */
export declare function ebsKey(type: string): string;
export declare function ebsStorage(ctx: EstimateContext, sizeGb: number | undefined, type: string | undefined): CostComponent;
export declare function persistentDiskStorage(ctx: EstimateContext, sizeGb: number | undefined, type: string | undefined): CostComponent;
export declare function azureDiskTier(storageAccountType: string, sizeGb: number): string | undefined;
export declare function azureManagedDisk(ctx: EstimateContext, sizeGb: number | undefined, storageAccountType: string | undefined): CostComponent;
/** The disk a compute resource declares in its `diskProperty` object, priced per cloud. */
export declare function computeDisk(ctx: EstimateContext, catalog: MachineCatalog, disk: Attributes): CostComponent;
