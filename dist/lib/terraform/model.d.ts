/**
 * A Terraform plan as Plagentic reviews it: the value `plagentic review --terraform` prints with
 * `--json`, renders and hashes. Data only, like plan/model.ts; review.ts builds it.
 */
import type { CostReport } from "../cost/model.js";
import type { PlanSummary } from "../plan/model.js";
import type { PolicyReport } from "../policy/model.js";
import type { Value } from "../spec/model.js";
export declare const REVIEW_FORMAT_VERSION = 1;
/**
 * Terraform's own action, kept: `["delete","create"]` and `["create","delete"]` are `replace`;
 * `forget` (a `removed` block) drops the resource from Terraform's state and leaves it running.
 */
export type TerraformAction = "create" | "update" | "delete" | "replace" | "read" | "no-op" | "forget";
/** Shown in place of a value Terraform will only know after apply; never a guess. */
export declare const UNKNOWN_VALUE = "(known after apply)";
/** Shown in place of a value Terraform marks sensitive; the value itself never leaves. */
export declare const SENSITIVE_VALUE = "(sensitive value)";
export interface TerraformChange {
    /** As Terraform wrote it: `module.net.aws_subnet.this["a"]`. */
    address: string;
    /** `module.net`, absent in the root module. */
    moduleAddress?: string;
    mode: "managed" | "data";
    type: string;
    name: string;
    action: TerraformAction;
    /** For a replace: Terraform's `replace_paths`, as dotted paths. */
    replacePaths?: string[];
    /** Terraform's `action_reason`, e.g. `replace_because_cannot_update`. */
    actionReason?: string;
    /** Attribute values before, sensitive ones masked; null for a create. */
    before: Record<string, Value> | null;
    /** Attribute values after, unknown ones as UNKNOWN_VALUE and sensitive ones masked; null for a delete. */
    after: Record<string, Value> | null;
}
export interface UnknownType {
    type: string;
    /** Every address of the type in the plan, in plan order. */
    addresses: string[];
}
export interface TerraformSummary extends PlanSummary {
    /** Of `add` and `destroy`: how many are replacements (each counts once in both). */
    replace: number;
    /** Data sources read during apply. */
    read: number;
    /** Resources Terraform stops managing without destroying them. */
    forget: number;
}
export interface TerraformReview {
    source: "terraform";
    formatVersion: number;
    /** sha256 of the plan file's bytes, as `sha256sum` prints it. */
    planFileHash: string;
    /** The file as named on the command line or in the Action input. */
    planFile: string;
    terraformVersion: string | null;
    /** Terraform's `format_version`. */
    terraformFormatVersion: string;
    /** A label for the environment the plan is for (`--environment`), or `terraform`. */
    environment: string;
    /** The AWS region the estimate priced in. */
    region: string;
    /** Every resource change but the no-ops, in Terraform's order. */
    changes: TerraformChange[];
    /** Resources the plan leaves alone. */
    unchanged: number;
    summary: TerraformSummary;
    /** Types Plagentic's registry does not know: listed, neither priced nor policy-checked. */
    unknownTypes: UnknownType[];
    cost: CostReport;
    policy: PolicyReport;
    /** sha256 over the canonical JSON of every other field. */
    hash: string;
}
