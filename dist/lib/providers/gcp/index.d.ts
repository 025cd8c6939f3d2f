/** Loaded on demand by the provider registry, so only GCP environments pay for the Compute SDK. */
export { createGcpProvider, GCP_CAPABILITIES, GCP_TYPES, type GcpProviderOptions, type GcpRetrySettings, } from "./gcp-provider.js";
export type { GcpContext } from "./context.js";
export { GCP_HANDLERS } from "./resources/index.js";
