/** What the rest of Plagentic uses from the policy module. */
export { policyConfigSchema } from "./config.js";
export { evaluatePolicies, verdictOf } from "./evaluate.js";
export { getPolicyRule, policyRules } from "./registry.js";
