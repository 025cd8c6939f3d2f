/**
 * `azurerm_managed_disk`: one PUT of its SKU, size and create option, through the compute client
 * the VMs use. Listed only when the spec has one or discovery finds one (optional), to keep a
 * plan's reads to what the environment holds.
 */
import type { Disk } from "@azure/arm-compute";
import type { Attributes } from "../../../spec/model.js";
export declare function diskBody(location: string, attrs: Attributes, tags: Record<string, string>): Disk;
export declare function diskAttributes(d: Disk): Attributes;
export declare const managedDisk: import("../../provider.js").ResourceHandler<import("../context.js").AzureContext, Disk>;
