import type { TokenCredential } from "@azure/identity";
import { type Provider } from "../provider.js";
import type { ProviderDeps } from "../registry.js";
export declare const AZURE_TYPES: readonly ["azurerm_resource_group", "azurerm_virtual_network", "azurerm_subnet", "azurerm_network_security_group", "azurerm_network_interface", "azurerm_public_ip", "azurerm_linux_virtual_machine"];
/** Properties the spec left out at create, kept so that reads leave them out again. */
export declare const OWNER_TAG_OMITTED = "plagentic:omitted";
export interface AzureProviderOptions {
    /** A TokenCredential; DefaultAzureCredential (incl. GitHub OIDC federation) when absent. */
    credential?: TokenCredential;
    /** LRO polling interval; Azure's Retry-After wins when it sends one. */
    updateIntervalInMs?: number;
}
export declare function createAzureProvider(deps: ProviderDeps, options?: AzureProviderOptions): Promise<Provider>;
