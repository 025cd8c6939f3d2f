/** The AWS provider, loaded on demand by the provider registry. */
import type { Provider } from "../provider.js";
import type { ProviderDeps } from "../registry.js";
export { AWS_CAPABILITIES, AWS_TYPES, createAwsProviderWith, type AwsProviderOptions, } from "./aws-provider.js";
export { endpointOf, DEFAULT_MAX_ATTEMPTS } from "./client.js";
export declare function createAwsProvider(deps: ProviderDeps): Provider;
