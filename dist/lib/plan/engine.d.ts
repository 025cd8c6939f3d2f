/**
 * Making a plan: a pure function of (spec at a commit, live state, price catalog, policy), plus the
 * one read of live state it needs. Apply and drift re-derive plans through the same function.
 */
import type { PriceCatalog } from "../cost/catalog.js";
import { type UsageRangeTable } from "../cost/index.js";
import { type PolicyConfig } from "../policy/index.js";
import { type EnvironmentIdentity, type Provider } from "../providers/provider.js";
import type { DesiredResource, ResolvedEnvironment } from "../spec/model.js";
import { type NormalizedLive } from "./diff.js";
import { type Change, type Plan, type PlanSummary } from "./model.js";
export interface PlanInputs {
    env: ResolvedEnvironment;
    provider: Provider;
    catalog: PriceCatalog;
    policies: PolicyConfig;
    /** Typical usage for the ranges of usage-priced components (config's `cost.usage_ranges`). */
    usageRanges?: UsageRangeTable;
    /** Commit the spec was read at; null outside git-driven runs. */
    commit?: string | null;
    /** Plan the removal of everything the environment owns instead of converging on the spec. */
    destroy?: boolean;
    /** Whose environment this is: only resources it owns (or is shared) are read and changed. */
    identity: EnvironmentIdentity;
}
export interface PlanWithState {
    plan: Plan;
    /** Live state as read, normalised (ids of owned resources shown as refs). */
    live: NormalizedLive[];
    desired: DesiredResource[];
}
export declare function createPlan(inputs: PlanInputs): Promise<PlanWithState>;
/** The pure part: everything after the live read. Exposed for benchmarks and tests. */
export declare function buildPlan(inputs: PlanInputs, live: NormalizedLive[], 
/** Addresses whose live resource is adopted rather than owned (findAdoptable). */
adopting?: ReadonlySet<string>): {
    plan: Plan;
    desired: DesiredResource[];
};
/**
 * Refuses an environment whose named files were never read: a file's hash is part of what its
 * resource is, and comparing without it would hide a changed file.
 */
export declare function assertFilesRead(env: ResolvedEnvironment): void;
export declare function planHash(body: Omit<Plan, "hash">): string;
export declare function summarize(changes: Change[]): PlanSummary;
export declare function hasChanges(plan: Plan): boolean;
