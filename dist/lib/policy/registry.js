import { allowedInstanceTypes } from "./rules/allowed-instance-types.js";
import { allowedRegions } from "./rules/allowed-regions.js";
import { maxMonthlyCostDelta } from "./rules/max-monthly-cost-delta.js";
import { maxMonthlyCost } from "./rules/max-monthly-cost.js";
import { noWorldOpenAdminPorts } from "./rules/no-world-open-admin-ports.js";
import { protectedEnvironments } from "./rules/protected-environments.js";
import { protectedResources } from "./rules/protected-resources.js";
import { requiredTags } from "./rules/required-tags.js";
/** Sorted by id, the order rules are evaluated and reported in. */
export const policyRules = [
    allowedInstanceTypes,
    allowedRegions,
    maxMonthlyCost,
    maxMonthlyCostDelta,
    noWorldOpenAdminPorts,
    protectedEnvironments,
    protectedResources,
    requiredTags,
];
export function getPolicyRule(id) {
    return policyRules.find((r) => r.id === id);
}
