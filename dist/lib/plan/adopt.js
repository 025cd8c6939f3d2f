/**
 * Adoption: a spec resource with `import_id` whose address the environment does not own yet names
 * an existing resource (one Terraform made, say). The plan reads it by id and shows an `adopt`
 * change; applying it adds this environment's ownership tags and then updates in place whatever
 * attributes differ. A resource another environment or repository owns is refused (invariant 3),
 * and so is one whose differences would force a replacement: adopting never recreates.
 */
import { otherOwner, ProviderOperationError, } from "../providers/provider.js";
import { scrubControls } from "../render/values.js";
import { PlagenticError, RefusedError } from "../spec/errors.js";
/**
 * The resources to adopt, as live resources at the desired addresses. Desired resources whose
 * address `owned` already holds are managed already: their `import_id` is ignored.
 */
export async function findAdoptable(provider, target, desired, owned) {
    const ownedAddresses = new Set(owned.map((r) => r.address));
    const ownedIds = new Map(owned.map((r) => [r.id, r.address]));
    const wanted = desired.filter((d) => d.importId !== undefined && !ownedAddresses.has(d.address));
    if (wanted.length === 0)
        return [];
    const seen = new Map();
    for (const d of wanted) {
        const id = d.importId;
        const twice = seen.get(id);
        if (twice)
            throw new PlagenticError(`${d.address} and ${twice} both name import_id ${id}`);
        seen.set(id, d.address);
        const at = ownedIds.get(id);
        if (at)
            throw new PlagenticError(`${d.address}: import_id ${id} is already managed here as ${at}`);
    }
    if (!provider.readById) {
        throw new PlagenticError(`the ${provider.name} provider cannot adopt existing resources yet (${wanted.map((d) => d.type).join(", ")}); ` +
            "remove import_id to create new ones");
    }
    const found = [];
    for (const d of wanted) {
        const id = d.importId;
        let read;
        try {
            read = await provider.readById(target, { id, address: d.address, type: d.type });
        }
        catch (e) {
            if (e instanceof ProviderOperationError && e.code === "UnsupportedResourceType")
                throw new PlagenticError(`${d.address}: the ${provider.name} provider cannot adopt ${d.type} yet`);
            throw e;
        }
        if (!read)
            throw new PlagenticError(`${d.address}: import_id ${id} names no ${d.type} in ${target.region}`);
        const owner = otherOwner(read.tags, target);
        if (owner) {
            throw new RefusedError(`${d.address}: ${id} belongs to ${scrubControls(owner)}; Plagentic never takes over another owner's resource`);
        }
        found.push({ ...read.live, address: d.address });
    }
    return found;
}
/**
 * The adopt change for `want`, found live as `have`; `change` is what the diff would plan for it
 * were it owned (undefined when nothing differs).
 */
export function adoptChange(want, have, change) {
    if (change?.action === "replace") {
        throw new PlagenticError(`${want.address}: adopting ${have.id} would replace it (${(change.replaceReasons ?? []).join(", ")} ` +
            "differ from the live resource); make the spec match it, or remove import_id to create a new one");
    }
    return {
        address: want.address,
        type: want.type,
        action: "adopt",
        before: { attributes: have.attributes, tags: have.tags },
        after: { attributes: want.attributes, tags: want.tags },
        id: have.id,
        changedAttributes: change?.changedAttributes ?? [],
        dependsOn: want.dependsOn,
        ...(want.protected && { protected: true }),
    };
}
/** Applies an adopt change: ownership tags first, then the in-place update it planned, if any. */
export async function applyAdopt(provider, op, change) {
    if (!provider.adopt)
        throw new PlagenticError(`the ${provider.name} provider cannot adopt ${op.type}`);
    await provider.adopt(op.target, { id: op.id, address: op.address, type: op.type });
    if (change.changedAttributes.length > 0)
        await provider.update(op);
    return { id: op.id };
}
