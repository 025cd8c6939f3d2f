/**
 * Terraform attribute values in the form Plagentic's estimator and policy rules read. Plagentic
 * specs already use Terraform's type and attribute names; what differs is that a reference drops
 * Terraform's `_id`/`_ids` suffix (`subnet_id` → `subnet`, `vpc_security_group_ids` →
 * `security_groups`) and a nested block is an object where Terraform has a list of one. Ids stay ids:
 * nothing reads through a reference. A block that is wholly unknown is left out, as a spec that
 * omits it would; an unknown scalar stays UNKNOWN_VALUE, so a price that needs it is unknown.
 */
import type { Attributes, ResourceTypeDef, Value } from "../spec/model.js";
type Source = Record<string, Value>;
/** The attributes of a registered type, as a spec would write them. */
export declare function plagenticAttributes(def: ResourceTypeDef, values: Source, previous?: Source): Attributes;
/** The tags Terraform will set (`tags_all`, with the provider's default tags), or `tags`. */
export declare function plagenticTags(values: Source): Record<string, string>;
export {};
