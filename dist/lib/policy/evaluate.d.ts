/**
 * Running the policy rules against a plan's inputs. Pure: the same context and config always give
 * the same report, in the same order, so the report can go into the plan hash.
 */
import { type PolicyConfig, type PolicyConfigInput } from "./config.js";
import type { PolicyContext, PolicyFinding, PolicyReport, Verdict } from "./model.js";
export declare function evaluatePolicies(ctx: PolicyContext, config?: PolicyConfig | PolicyConfigInput): PolicyReport;
export declare function verdictOf(findings: readonly Pick<PolicyFinding, "level">[]): Verdict;
