/** Loaded on demand by the provider registry, so only GCP environments pay for the Compute SDK. */
export { createGcpProvider, GCP_CAPABILITIES, GCP_TYPES, } from "./gcp-provider.js";
export { GCP_HANDLERS } from "./resources/index.js";
