/**
 * Which resources a rule about a resource's own settings (encryption, the metadata service,
 * deletion protection) holds to its level. What the plan creates or changes is judged at the
 * rule's level; a resource the plan leaves alone only gets a warning, so turning a rule on does not
 * block an unrelated change to an environment that predates it, and still says what to fix.
 */
import type { Change } from "../plan/model.js";
import type { PolicyContext } from "./model.js";
import type { RuleFinding } from "./rule.js";
/** The plan's creates, updates and replacements by address. */
export declare function plannedChanges(ctx: Pick<PolicyContext, "changes">): Map<string, Change>;
/** A finding at the rule's level, or capped at a warning when `judged` is false. */
export declare function finding(address: string, message: string, judged: boolean): RuleFinding;
