/**
 * Deleting an Azure resource group deletes everything in it, whoever made it, and deleting a
 * virtual network deletes its unused subnets. Like azurerm's `prevent_deletion_if_contains_resources`,
 * such a container is deleted only when, listed right before the delete, it holds nothing but what
 * Plagentic owns for the environment deleting it.
 */
import { OWNER_TAG_ADDRESS, ownedBy, ProviderOperationError } from "../provider.js";
import { subnetAddress } from "./names.js";
/** As many ids as the refusal names before it says "and N more". */
const NAMED = 3;
/**
 * Ids of what the group holds that `target` does not own: untagged resources, another
 * environment's or repository's, and anything tagged for the environment but with no address.
 * Resources of this environment that apply already deleted may still be listed; they are owned.
 */
export function foreignMembers(members, target) {
    return members
        .filter((m) => {
        const tags = m.tags ?? {};
        return !ownedBy(tags, target) || !tags[OWNER_TAG_ADDRESS];
    })
        .map((m) => m.id ?? "(a resource without an id)");
}
/**
 * Ids of a virtual network's subnets that Plagentic did not name (names.ts): deleting the network
 * would delete them too. Subnets it named belong to whoever owns the network, which was checked.
 */
export function foreignSubnets(subnets) {
    return subnets
        .filter((sn) => subnetAddress(sn.name ?? "") === undefined)
        .map((sn) => sn.id ?? sn.name ?? "(a subnet without an id)");
}
/** `container` names what is kept: "resource group staging-rg", "virtual network main". */
export function containerNotEmpty(container, foreign) {
    const named = foreign.slice(0, NAMED).join(", ");
    const more = foreign.length > NAMED ? ` and ${foreign.length - NAMED} more` : "";
    return new ProviderOperationError("ContainerNotEmpty", `${container} still holds resources Plagentic does not own for this environment ` +
        `(${named}${more}); deleting it would delete them too, so it is kept`);
}
