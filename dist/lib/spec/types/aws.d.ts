/**
 * AWS resource types, with Terraform's type and attribute names. References drop Terraform's
 * `_id`/`_ids` suffix (`subnet_id` → `subnet`) because they name a resource in the spec, not a
 * cloud id; the engine resolves them.
 */
import type { ResourceTypeDef } from "../model.js";
export declare const awsTypes: ResourceTypeDef[];
