/**
 * Policy rules: one file each under `rules/`, each with an id, a config schema and `evaluate`.
 * A rule sees the plan's inputs, never the outside world.
 */
import type { z } from "zod";
import type { CostReport } from "../cost/model.js";
import type { Change } from "../plan/model.js";
import type { DesiredResource, EnvironmentSpec } from "../spec/model.js";
export type Verdict = "pass" | "warn" | "fail";
export interface PolicyFinding {
    rule: string;
    /** `warn` or `fail`; a rule that finds nothing reports one `pass` finding. */
    level: Verdict;
    message: string;
    address?: string;
}
export interface PolicyReport {
    verdict: Verdict;
    /** Rules that ran, in a stable order. */
    evaluated: string[];
    findings: PolicyFinding[];
}
export interface PolicyContext {
    spec: EnvironmentSpec;
    /** The desired resources after the plan (empty for a destroy plan). */
    desired: DesiredResource[];
    changes: Change[];
    cost: CostReport;
}
/** Common options every rule accepts in config. */
export interface RuleSettings {
    enabled: boolean;
    /** What a violation counts as. */
    level: "warn" | "fail";
    /** Limit the rule to these environments; absent means all. */
    environments?: string[];
}
export interface PolicyRule<C = unknown> {
    id: string;
    description: string;
    /** Schema of the rule's own options (beside `enabled`, `level`, `environments`). */
    options: z.ZodType<C>;
    /** Whether the rule runs when config does not mention it. */
    enabledByDefault: boolean;
    /**
     * What a violation counts as when config sets no `level`; `fail` when absent. A rule that is on
     * by default as advice (`warn`) can still be made to block with `level: fail`.
     */
    defaultLevel?: "warn" | "fail";
    evaluate(ctx: PolicyContext, options: C): Omit<PolicyFinding, "rule" | "level">[];
}
