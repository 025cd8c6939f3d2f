export declare function shortHash(text: string, length?: number): string;
/** `staging` + `azurerm_linux_virtual_machine.web[1]` → `staging-web-1-1a2b3c` (lower-case letters, digits, `-`). */
export declare function resourceName(environment: string, address: string, token: string): string;
/** `azurerm_subnet.app[1]` → `plg.app.1.1a2b3c`; the parent network is the environment's. */
export declare function subnetName(address: string, token: string): string;
/** The address a generated subnet name encodes; undefined for subnets Plagentic did not name. */
export declare function subnetAddress(name: string): string | undefined;
/**
 * Azure ids are case-insensitive and the API is not consistent about case (a resource group's
 * name can come back upper-cased inside references), so ids are compared and reported lower-case.
 */
export declare function canonicalId(id: string | undefined | null): string;
export interface AzureIdParts {
    subscription: string;
    resourceGroup: string;
    /** `virtualnetworks`, `subnets`... lower-case; absent for a resource group. */
    kind?: string;
    name: string;
    /** For a subnet: its virtual network's name. */
    parent?: string;
}
export declare function parseId(id: string): AzureIdParts | undefined;
export declare function groupId(subscription: string, group: string): string;
