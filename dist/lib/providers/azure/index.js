/** Loaded on demand by the provider registry, so only Azure environments pay for the ARM SDKs. */
export { AZURE_TYPES, createAzureProvider } from "./azure-provider.js";
