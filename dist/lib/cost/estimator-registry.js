import { awsEbsEstimators } from "./estimators/aws-ebs.js";
import { awsEksEstimators } from "./estimators/aws-eks.js";
import { awsLambdaEstimators } from "./estimators/aws-lambda.js";
import { awsNetworkEstimators } from "./estimators/aws-network.js";
import { awsRdsEstimators } from "./estimators/aws-rds.js";
import { azureAksEstimators } from "./estimators/azure-aks.js";
import { azureDiskEstimators } from "./estimators/azure-disk.js";
import { azureFunctionsEstimators } from "./estimators/azure-functions.js";
import { azureNetworkEstimators } from "./estimators/azure-network.js";
import { azureSqlEstimators } from "./estimators/azure-sql.js";
import { gcpDiskEstimators } from "./estimators/gcp-disk.js";
import { gcpFunctionsEstimators } from "./estimators/gcp-functions.js";
import { gcpGkeEstimators } from "./estimators/gcp-gke.js";
import { gcpSqlEstimators } from "./estimators/gcp-sql.js";
const families = [
    awsNetworkEstimators,
    awsEbsEstimators,
    awsEksEstimators,
    awsRdsEstimators,
    awsLambdaEstimators,
    gcpDiskEstimators,
    gcpGkeEstimators,
    gcpSqlEstimators,
    gcpFunctionsEstimators,
    azureNetworkEstimators,
    azureDiskEstimators,
    azureAksEstimators,
    azureSqlEstimators,
    azureFunctionsEstimators,
];
const estimators = new Map();
for (const family of families) {
    for (const [name, estimator] of Object.entries(family)) {
        if (estimators.has(name))
            throw new Error(`estimator ${name} is registered twice`);
        estimators.set(name, estimator);
    }
}
export function getEstimator(name) {
    return estimators.get(name);
}
export function estimatorNames() {
    return [...estimators.keys()].sort();
}
/** The `usage:` keys a resource of this estimator reads, e.g. Lambda's monthly_requests. */
export function usageKeys(name) {
    return estimators.get(name)?.usage ?? [];
}
