/**
 * Google Cloud resource types, with Terraform's type and attribute names. References drop
 * Terraform's `_id` suffix; nested blocks that hold a single value are flattened (noted per entry).
 * `taggable` means the resource takes labels; networks, subnetworks and firewalls do not.
 */
import type { ResourceTypeDef } from "../model.js";
export declare const gcpTypes: ResourceTypeDef[];
