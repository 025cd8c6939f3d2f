/**
 * Azure resource types, with the azurerm provider's type and attribute names. References drop
 * Terraform's `_id`/`_name` suffix (`resource_group_name` → `resource_group`); single nested blocks
 * are flattened where noted. `location` defaults to the environment's region.
 */
import type { ResourceTypeDef } from "../model.js";
export declare const azureTypes: ResourceTypeDef[];
