/**
 * The built-in policy rules. Adding a rule means adding its file under `rules/` and one line here;
 * the config schema and the engine pick it up from this list.
 */
import type { RuleDef } from "./rule.js";
/** Sorted by id, the order rules are evaluated and reported in. */
export declare const policyRules: readonly [RuleDef<"allowed_instance_types", {
    allow: import("zod").ZodArray<import("zod").ZodString>;
}>, RuleDef<"allowed_regions", {
    regions: import("zod").ZodArray<import("zod").ZodString>;
}>, RuleDef<"database_deletion_protection", {}>, RuleDef<"encryption_at_rest", {
    undeclared: import("zod").ZodDefault<import("zod").ZodEnum<{
        warn: "warn";
        fail: "fail";
    }>>;
}>, RuleDef<"imdsv2_required", {}>, RuleDef<"max_monthly_cost", {
    limit: import("zod").ZodNumber;
    unknown_prices: import("zod").ZodDefault<import("zod").ZodEnum<{
        warn: "warn";
        fail: "fail";
    }>>;
}>, RuleDef<"max_monthly_cost_delta", {
    limit: import("zod").ZodNumber;
    unknown_prices: import("zod").ZodDefault<import("zod").ZodEnum<{
        warn: "warn";
        fail: "fail";
    }>>;
}>, RuleDef<"no_public_databases", {
    world_fraction: import("zod").ZodDefault<import("zod").ZodNumber>;
    public_network_access: import("zod").ZodDefault<import("zod").ZodEnum<{
        warn: "warn";
        fail: "fail";
    }>>;
}>, RuleDef<"no_world_open_admin_ports", {
    ports: import("zod").ZodDefault<import("zod").ZodArray<import("zod").ZodNumber>>;
    world_fraction: import("zod").ZodDefault<import("zod").ZodNumber>;
}>, RuleDef<"protected_environments", {
    environments: import("zod").ZodDefault<import("zod").ZodArray<import("zod").ZodString>>;
}>, RuleDef<"protected_resources", {}>, RuleDef<"required_tags", {
    tags: import("zod").ZodArray<import("zod").ZodString>;
}>];
export type PolicyRuleId = (typeof policyRules)[number]["id"];
export declare function getPolicyRule(id: string): RuleDef | undefined;
