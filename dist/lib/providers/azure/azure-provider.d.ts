import type { TokenCredential } from "@azure/identity";
import { type Provider } from "../provider.js";
import type { ProviderDeps } from "../registry.js";
export declare const AZURE_TYPES: string[];
export interface AzureProviderOptions {
    /** A TokenCredential; DefaultAzureCredential (incl. GitHub OIDC federation) when absent. */
    credential?: TokenCredential;
    /** Between polls of a long-running operation (default 5 s). */
    updateIntervalInMs?: number;
    /** Longest wait for one long operation (default: `wait_timeout_seconds` in config, or 30 minutes). */
    timeoutMs?: number;
    sleep?: (ms: number) => Promise<void>;
    now?: () => number;
}
export declare function createAzureProvider(deps: ProviderDeps, options?: AzureProviderOptions): Promise<Provider>;
