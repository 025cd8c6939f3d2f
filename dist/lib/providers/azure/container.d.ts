/**
 * Deleting an Azure resource group deletes everything in it, whoever made it, and deleting a
 * virtual network deletes its unused subnets. Like azurerm's `prevent_deletion_if_contains_resources`,
 * such a container is deleted only when, listed right before the delete, it holds nothing but what
 * Plagentic owns for the environment deleting it.
 */
import { ProviderOperationError, type ProviderTarget } from "../provider.js";
export interface GroupMember {
    id?: string;
    tags?: Record<string, string>;
}
/**
 * Ids of what the group holds that `target` does not own: untagged resources, another
 * environment's or repository's, and anything tagged for the environment but with no address.
 * Resources of this environment that apply already deleted may still be listed; they are owned.
 */
export declare function foreignMembers(members: readonly GroupMember[], target: ProviderTarget): string[];
/**
 * Ids of a virtual network's subnets that Plagentic did not name (names.ts): deleting the network
 * would delete them too. Subnets it named belong to whoever owns the network, which was checked.
 */
export declare function foreignSubnets(subnets: readonly {
    id?: string;
    name?: string;
}[]): string[];
/** `container` names what is kept: "resource group staging-rg", "virtual network main". */
export declare function containerNotEmpty(container: string, foreign: readonly string[]): ProviderOperationError;
