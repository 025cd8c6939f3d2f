import { createAwsProviderWith } from "./aws-provider.js";
export { AWS_CAPABILITIES, AWS_TYPES, createAwsProviderWith, } from "./aws-provider.js";
export { endpointOf, DEFAULT_MAX_ATTEMPTS } from "./client.js";
export function createAwsProvider(deps) {
    return createAwsProviderWith(deps);
}
