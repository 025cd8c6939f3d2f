/**
 * A Terraform plan's changes as Plagentic's `Change`, the shape the policy rules judge: only
 * managed resources of registered types, each side in spec form (attributes.ts). Reads and
 * no-ops change nothing in the cloud and are left out.
 */
import type { Change } from "../plan/model.js";
import type { DesiredResource } from "../spec/model.js";
import type { TerraformChange } from "./model.js";
export declare function policyChanges(changes: readonly TerraformChange[], before: readonly DesiredResource[], after: readonly DesiredResource[]): Change[];
