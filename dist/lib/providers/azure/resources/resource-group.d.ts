/**
 * `azurerm_resource_group`. Deleting a group deletes everything in it, so it is deleted only when
 * it holds nothing but this environment's resources (container.ts).
 */
import type { ResourceGroup } from "@azure/arm-resources";
import { type ResourceHandler } from "../../provider.js";
import { type AzureContext } from "../context.js";
export declare const resourceGroup: ResourceHandler<AzureContext, ResourceGroup>;
