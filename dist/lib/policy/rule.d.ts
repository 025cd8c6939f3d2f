/**
 * How a built-in rule is declared. It narrows `PolicyRule` so the config schema can merge each
 * rule's options with the common settings, and so a rule may mark a finding as informational.
 */
import type { z } from "zod";
import type { PolicyContext, PolicyFinding, PolicyRule } from "./model.js";
/**
 * What a rule reports. `level: "warn"` caps the finding at a warning whatever level the rule is
 * configured at: the finding is information (an estimate that leaves prices out), not a violation.
 */
export type RuleFinding = Omit<PolicyFinding, "rule" | "level"> & {
    level?: "warn";
};
export type RuleOptionsSchema<S extends z.core.$ZodShape> = z.ZodObject<S, z.core.$strict>;
export interface RuleDef<Id extends string = string, S extends z.core.$ZodShape = z.core.$ZodShape> extends PolicyRule<z.output<RuleOptionsSchema<S>>> {
    id: Id;
    /** A strict object, so a misspelt option is an error rather than a silently ignored key. */
    options: RuleOptionsSchema<S>;
    evaluate(ctx: PolicyContext, options: z.output<RuleOptionsSchema<S>>): RuleFinding[];
    /** The message of the single `pass` finding when the rule finds nothing. */
    passMessage(ctx: PolicyContext, options: z.output<RuleOptionsSchema<S>>): string;
}
/** Identity, there to infer the literal id and the options shape that the config schema needs. */
export declare function defineRule<const Id extends string, S extends z.core.$ZodShape>(rule: RuleDef<Id, S>): RuleDef<Id, S>;
