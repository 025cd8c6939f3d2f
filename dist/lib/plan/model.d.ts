/**
 * The plan as a value (Terraform's `internal/plans`): computing it, rendering it, hashing it and
 * applying it are separate modules that all take this shape. `--json` prints exactly this.
 */
import type { CostReport } from "../cost/model.js";
import type { PolicyReport } from "../policy/model.js";
import type { Attributes, ProviderName } from "../spec/model.js";
export declare const PLAN_FORMAT_VERSION = 1;
/**
 * `adopt`: take over a resource the spec names by `import_id` that carries no owner's tags: add
 * this environment's ownership tags, then update in place whatever attributes differ.
 */
export type Action = "create" | "update" | "replace" | "delete" | "adopt";
export interface ResourceState {
    attributes: Attributes;
    tags: Record<string, string>;
}
export interface Change {
    address: string;
    /**
     * Only on the delete of a deposed copy (plan/deposed.ts): the address its ownership tags carry,
     * which the provider checks before deleting it. `address` is then the copy's own, unique one.
     */
    liveAddress?: string;
    type: string;
    action: Action;
    /** Live state, or null for a create. References shown as `ref(<address>)`. */
    before: ResourceState | null;
    /** Desired state, or null for a delete. */
    after: ResourceState | null;
    /** Cloud id of the live resource, for update, replace, delete and adopt. */
    id?: string;
    /** Top-level attribute names (and `tags`) whose value differs. */
    changedAttributes: string[];
    /** For a replace: the attributes (or referenced replacements) that force it. */
    replaceReasons?: string[];
    /** Addresses this resource references (desired state for create/update/replace, live for delete). */
    dependsOn: string[];
    protected?: boolean;
}
export interface PlanSummary {
    add: number;
    change: number;
    destroy: number;
}
export interface Plan {
    formatVersion: number;
    environment: string;
    /** The repository whose environment this is (`owner/name`, or `local` for a plain CLI run). */
    repository: string;
    provider: ProviderName;
    region: string;
    /** Commit the spec was read at, when known (the PR head SHA in App and Action mode). */
    commit: string | null;
    /** sha256 of the spec file the plan was made from. */
    specDigest: string;
    /** Whether the plan destroys the whole environment instead of converging on the spec. */
    destroy: boolean;
    /** Changes in apply order: creates and updates in dependency order, then deletes in reverse. */
    changes: Change[];
    summary: PlanSummary;
    cost: CostReport;
    policy: PolicyReport;
    /** Resource types in the plan that the provider cannot apply; a non-empty list blocks apply. */
    unsupported: string[];
    /** The spec's `budget:` (USD a month), absent when it sets none; the forecast compares `cost.monthlyAfter` to it. */
    budget?: {
        monthly: number;
    };
    /** sha256 over the canonical JSON of every other field. */
    hash: string;
}
export type ResourceResultStatus = "created" | "updated" | "replaced" | "deleted" | "adopted" | "failed" | "skipped";
export interface ResourceResult {
    address: string;
    action: Action;
    status: ResourceResultStatus;
    id?: string;
    error?: string;
}
export interface ApplyResult {
    environment: string;
    planHash: string;
    ok: boolean;
    results: ResourceResult[];
}
/** Live state that differs from the spec, found without planning a change. */
export interface DriftItem {
    address: string;
    type: string;
    /**
     * `changed`: attributes edited outside Plagentic; `missing`: in the spec but gone from the cloud;
     * `unmanaged`: carries the environment's tags but is not in the spec.
     */
    kind: "changed" | "missing" | "unmanaged";
    id?: string;
    differences: {
        attribute: string;
        expected: unknown;
        actual: unknown;
    }[];
}
export interface DriftReport {
    environment: string;
    provider: ProviderName;
    /** Number of live resources inspected. */
    checked: number;
    items: DriftItem[];
}
