import { allowedInstanceTypes } from "./rules/allowed-instance-types.js";
import { allowedRegions } from "./rules/allowed-regions.js";
import { databaseDeletionProtection } from "./rules/database-deletion-protection.js";
import { encryptionAtRest } from "./rules/encryption-at-rest.js";
import { imdsv2Required } from "./rules/imdsv2-required.js";
import { maxMonthlyCostDelta } from "./rules/max-monthly-cost-delta.js";
import { maxMonthlyCost } from "./rules/max-monthly-cost.js";
import { noPublicDatabases } from "./rules/no-public-databases.js";
import { noWorldOpenAdminPorts } from "./rules/no-world-open-admin-ports.js";
import { protectedEnvironments } from "./rules/protected-environments.js";
import { protectedResources } from "./rules/protected-resources.js";
import { requiredTags } from "./rules/required-tags.js";
/** Sorted by id, the order rules are evaluated and reported in. */
export const policyRules = [
    allowedInstanceTypes,
    allowedRegions,
    databaseDeletionProtection,
    encryptionAtRest,
    imdsv2Required,
    maxMonthlyCost,
    maxMonthlyCostDelta,
    noPublicDatabases,
    noWorldOpenAdminPorts,
    protectedEnvironments,
    protectedResources,
    requiredTags,
];
export function getPolicyRule(id) {
    return policyRules.find((r) => r.id === id);
}
