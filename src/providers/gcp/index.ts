/** Loaded on demand by the provider registry, so only GCP environments pay for the Compute SDK. */
export {
  createGcpProvider,
  GCP_TYPES,
  type GcpProviderOptions,
  type GcpRetrySettings,
} from "./gcp-provider.js";
