/**
 * Terraform mappings of the Azure types (hashicorp/azurerm 4.x). `resource_group` and `location`
 * fall back to the environment's, as the Azure provider does; network security groups on subnets
 * and network interfaces become the association resources azurerm expresses them with.
 */
import { type TfType } from "./model.js";
export declare const azureTerraform: Record<string, TfType>;
