/** What the rest of Plagentic uses from the policy module. */
export { policyConfigSchema, type PolicyConfig, type PolicyConfigInput } from "./config.js";
export { evaluatePolicies, verdictOf } from "./evaluate.js";
export { getPolicyRule, policyRules, type PolicyRuleId } from "./registry.js";
export type { PolicyContext, PolicyFinding, PolicyReport, PolicyRule, Verdict } from "./model.js";
