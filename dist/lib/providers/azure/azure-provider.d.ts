import type { TokenCredential } from "@azure/identity";
import { type Provider } from "../provider.js";
import type { ProviderDeps } from "../registry.js";
export declare const AZURE_TYPES: string[];
export interface AzureProviderOptions {
    /** A TokenCredential; DefaultAzureCredential (incl. GitHub OIDC federation) when absent. */
    credential?: TokenCredential;
    /** LRO polling interval; Azure's Retry-After wins when it sends one. */
    updateIntervalInMs?: number;
}
export declare function createAzureProvider(deps: ProviderDeps, options?: AzureProviderOptions): Promise<Provider>;
