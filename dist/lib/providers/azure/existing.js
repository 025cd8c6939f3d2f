/**
 * An Azure create is a PUT by a deterministic name, and a PUT overwrites whatever already has
 * that name. So a create first reads the name: nothing there, or this create's own earlier attempt
 * (a retry after a crash, invariant 8), may be PUT; anything else is refused untouched.
 */
import { createdBy, OWNER_TAG_ADDRESS, ownedAt, ProviderOperationError, } from "../provider.js";
/**
 * Throws AlreadyExists unless `found` is undefined or this create's earlier attempt. A subnet
 * carries no tags and belongs to its network (`tags` are the network's), so one in a network
 * `target` owns or is shared, under the name this create generates, is its earlier attempt.
 */
export function assertMayCreate(name, found, target, op) {
    if (!found)
        return;
    const tags = { ...found.tags, ...(found.address !== undefined && { [OWNER_TAG_ADDRESS]: found.address }) };
    const ours = op.type === "azurerm_subnet" ? ownedAt(tags, target, op.address) : createdBy(tags, target, op.address);
    if (ours)
        return;
    throw new ProviderOperationError("AlreadyExists", `a resource named ${name} already exists and Plagentic does not own it as ${op.address} of ` +
        `${target.environment}; it was left untouched`);
}
