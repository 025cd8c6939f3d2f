/**
 * Deleting an Azure resource group deletes everything in it, whoever made it. Like azurerm's
 * `prevent_deletion_if_contains_resources`, a group is deleted only when, listed right before the
 * delete, it holds nothing but resources Plagentic owns for the environment deleting it.
 */
import { OWNER_TAG_ADDRESS, ownedBy, ProviderOperationError, type ProviderTarget } from "../provider.js";

/** As many ids as the refusal names before it says "and N more". */
const NAMED = 3;

export interface GroupMember {
  id?: string;
  tags?: Record<string, string>;
}

/**
 * Ids of what the group holds that `target` does not own: untagged resources, another
 * environment's or repository's, and anything tagged for the environment but with no address.
 * Resources of this environment that apply already deleted may still be listed; they are owned.
 */
export function foreignMembers(members: readonly GroupMember[], target: ProviderTarget): string[] {
  return members
    .filter((m) => {
      const tags = m.tags ?? {};
      return !ownedBy(tags, target) || !tags[OWNER_TAG_ADDRESS];
    })
    .map((m) => m.id ?? "(a resource without an id)");
}

export function containerNotEmpty(group: string, foreign: readonly string[]): ProviderOperationError {
  const named = foreign.slice(0, NAMED).join(", ");
  const more = foreign.length > NAMED ? ` and ${foreign.length - NAMED} more` : "";
  return new ProviderOperationError(
    "ContainerNotEmpty",
    `resource group ${group} still holds resources Plagentic does not own for this environment ` +
      `(${named}${more}); deleting the group would delete them too, so it is kept`,
  );
}
