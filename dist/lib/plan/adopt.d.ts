/**
 * Adoption: a spec resource with `import_id` whose address the environment does not own yet names
 * an existing resource (one Terraform made, say). The plan reads it by id and shows an `adopt`
 * change; applying it adds this environment's ownership tags and then updates in place whatever
 * attributes differ. A resource another environment or repository owns is refused (invariant 3),
 * and so is one whose differences would force a replacement: adopting never recreates.
 */
import { type LiveResource, type Provider, type ProviderTarget, type ResourceOperation } from "../providers/provider.js";
import type { DesiredResource } from "../spec/model.js";
import type { Change } from "./model.js";
/**
 * The resources to adopt, as live resources at the desired addresses. Desired resources whose
 * address `owned` already holds are managed already: their `import_id` is ignored.
 */
export declare function findAdoptable(provider: Provider, target: ProviderTarget, desired: readonly DesiredResource[], owned: readonly LiveResource[]): Promise<LiveResource[]>;
/**
 * The adopt change for `want`, found live as `have`; `change` is what the diff would plan for it
 * were it owned (undefined when nothing differs).
 */
export declare function adoptChange(want: DesiredResource, have: LiveResource, change: Change | undefined): Change;
/** Applies an adopt change: ownership tags first, then the in-place update it planned, if any. */
export declare function applyAdopt(provider: Provider, op: ResourceOperation & {
    id: string;
}, change: Change): Promise<{
    id: string;
}>;
