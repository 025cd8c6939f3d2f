/**
 * An Azure create is a PUT by a deterministic name, and a PUT overwrites whatever already has
 * that name. So a create first reads the name: nothing there, or this create's own earlier attempt
 * (a retry after a crash, invariant 8), may be PUT; anything else is refused untouched.
 */
import { type ProviderTarget } from "../provider.js";
/** What is already at a create's name: its tags, and its address (a subnet's is in its name). */
export interface AtName {
    tags: Record<string, string>;
    address: string | undefined;
}
/**
 * Throws AlreadyExists unless `found` is undefined or this create's earlier attempt. A subnet
 * carries no tags and belongs to its network (`tags` are the network's), so one in a network
 * `target` owns or is shared, under the name this create generates, is its earlier attempt.
 */
export declare function assertMayCreate(name: string, found: AtName | undefined, target: ProviderTarget, op: {
    address: string;
    type: string;
}): void;
