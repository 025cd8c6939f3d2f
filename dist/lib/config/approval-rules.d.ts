import type { ApprovalRuleConfig, LoadedConfig, Permission } from "./model.js";
/** What the rules look at in a plan. */
export interface PlanFacts {
    /** USD a month the plan adds over known prices (negative when it saves). */
    monthlyDelta: number;
    /** A created, updated or replaced resource has a price nobody knows: the delta is a lower bound. */
    pricesUnknown: boolean;
    /** The plan deletes or replaces at least one resource. */
    destroys: boolean;
    /** Distinct resource types the plan changes, sorted; at most MAX_FACT_TYPES. */
    types: string[];
    /** More types (or unnamable ones) were left out of `types`. */
    typesCut: boolean;
    /**
     * The total after the plan against the spec's `budget.monthly`: `unknown` when it is within the
     * budget over known prices but some price after the plan is unknown; `none` without a budget.
     */
    budget: "over" | "within" | "unknown" | "none";
}
/** Types kept in the facts: more than the registry has, so a cut is a sign of something odd. */
export declare const MAX_FACT_TYPES = 40;
/** What applying needs, every field decided. */
export interface ApprovalRequirement {
    required: number;
    permission: Permission;
    /** GitHub team slugs; empty when anyone with the permission counts. */
    teams: string[];
}
export interface ApprovalMatch {
    requirement: ApprovalRequirement;
    /** The rule's name, or null when no rule matched and the environment's or global setting applies. */
    rule: string | null;
    /** Where the requirement came from and why, e.g. "rule `big spend`: the plan adds $612.40 a month, over $500.00". */
    why: string;
}
/**
 * The requirement for a plan of `environment` with `facts`. A rule's `require` leaves out what it
 * does not change: missing fields come from `approvals.environments.<env>`, then the global
 * `approvals.required`, write access and no teams.
 */
export declare function matchApprovalRule(config: Pick<LoadedConfig, "approvals">, environment: string, facts: PlanFacts): ApprovalMatch;
/** The requirement without rules: the environment's settings over the global ones. */
export declare function fallbackRequirement(config: Pick<LoadedConfig, "approvals">, environment: string): ApprovalRequirement;
/** Rules that could match some plan of `environment`: those that name it or name no environment. */
export declare function rulesFor(config: Pick<LoadedConfig, "approvals">, environment: string): ApprovalRuleConfig[];
/** "2 approvals from members of `platform` with maintain access", or "no approval". */
export declare function describeRequirement(req: ApprovalRequirement): string;
/** "`platform`" or "`platform` or `sre`"; slugs are GitHub's `[a-z0-9_.-]`, anything else is dropped. */
export declare function teamNames(teams: readonly string[]): string;
