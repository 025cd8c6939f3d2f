/**
 * A Provider built from a table of ResourceHandlers (provider.ts). The dispatcher does once, for
 * every type, what each cloud used to repeat in every switch: it refuses a type with no handler
 * before calling the cloud, keeps only owned resources in live state, looks for a create's earlier
 * attempt, reads a resource and checks its ownership tags right before an update or a delete, and
 * reads back what a create or an update left.
 */
import { createdBy, otherOwner, ownedAt, ownedBy, ownershipTags, ProviderOperationError, } from "./provider.js";
/** What the table applies and the properties each type cannot report back. */
export function capabilitiesOf(handlers) {
    const writeOnly = {};
    for (const [type, h] of Object.entries(handlers))
        if (h.writeOnly?.length)
            writeOnly[type] = h.writeOnly;
    return {
        applies: Object.keys(handlers),
        ...(Object.keys(writeOnly).length > 0 && { writeOnly }),
    };
}
export function dispatchProvider(opts) {
    const { name, handlers, context } = opts;
    for (const [type, h] of Object.entries(handlers)) {
        if (h.type !== type)
            throw new Error(`the ${name} handler table lists ${h.type} as ${type}`);
    }
    function handlerFor(type) {
        const h = Object.hasOwn(handlers, type) ? handlers[type] : undefined;
        if (!h) {
            throw new ProviderOperationError("UnsupportedResourceType", `the ${name} provider cannot apply ${type}; it applies ${Object.keys(handlers).join(", ")}`);
        }
        return h;
    }
    function checkOwned(target, resource, current) {
        if (!ownedAt(current.tags, target, resource.address)) {
            throw new ProviderOperationError("NotOwned", `${resource.id} does not carry the ownership tags of ${resource.address} in ${target.environment} of ${target.repository}; Plagentic leaves it alone`);
        }
    }
    /** This create's earlier attempt, if `findByToken` finds one; see ResourceHandler.tokenIn. */
    async function earlierAttempt(h, ctx, op) {
        const mine = (f) => h.untagged ? ownedAt(f.tags, op.target, op.address) : createdBy(f.tags, op.target, op.address);
        const candidates = await h.findByToken(ctx, op);
        const taken = h.tokenIn === "name" ? candidates.find((f) => !mine(f)) : undefined;
        if (taken) {
            throw new ProviderOperationError("AlreadyExists", `a resource named ${taken.name ?? taken.id} already exists and Plagentic does not own it as ` +
                `${op.address} of ${op.target.environment}; it was left untouched`);
        }
        return candidates.find(mine);
    }
    async function readBack(h, ctx, target, id) {
        const found = await h.read(ctx, id);
        const live = found && (h.readBack ? await h.readBack(ctx, found, target) : (await h.live(ctx, [found], target))[0]);
        if (!live)
            throw new ProviderOperationError("NotFound", `${h.type} ${id} disappeared right after it was changed`);
        return live;
    }
    function adopter(type) {
        const h = handlerFor(type);
        const adoption = opts.adoption;
        if (!adoption?.types.includes(type)) {
            throw new ProviderOperationError("UnsupportedResourceType", `the ${name} provider cannot adopt ${type}; it adopts ${adoption?.types.join(", ") || "nothing yet"}`);
        }
        return { h, adoption };
    }
    /** Every mandatory handler, and the optional ones the spec uses or discovery finds. */
    async function typesToList(ctx, target) {
        const all = Object.values(handlers);
        if (target.types === undefined)
            return all;
        const used = new Set(target.types);
        const unused = all.filter((h) => h.optional && !used.has(h.type)).map((h) => h.type);
        if (unused.length === 0)
            return all;
        const found = opts.discover ? await opts.discover(ctx, target, unused) : new Set(unused);
        return all.filter((h) => !h.optional || used.has(h.type) || found.has(h.type));
    }
    return {
        name,
        capabilities: capabilitiesOf(handlers),
        async readLive(target) {
            const ctx = context(target);
            const perType = await Promise.all((await typesToList(ctx, target)).map(async (h) => {
                const owned = (await h.list(ctx, target)).filter((f) => ownedBy(f.tags, target));
                return owned.length > 0 ? h.live(ctx, owned, target) : [];
            }));
            return perType
                .flat()
                .sort((x, y) => (x.address < y.address ? -1 : x.address > y.address ? 1 : x.id < y.id ? -1 : 1));
        },
        async create(op) {
            const h = handlerFor(op.type);
            const ctx = context(op.target);
            const earlier = h.findByToken ? await earlierAttempt(h, ctx, op) : undefined;
            const made = await h.create(ctx, op, earlier);
            return typeof made === "string" ? readBack(h, ctx, op.target, made) : made;
        },
        async update(op) {
            const h = handlerFor(op.type);
            const ctx = context(op.target);
            const current = await h.read(ctx, op.id);
            if (!current)
                throw new ProviderOperationError("NotFound", `${op.address} (${op.id}) no longer exists`);
            checkOwned(op.target, op, current);
            const updated = await h.update(ctx, op, current);
            return updated ?? readBack(h, ctx, op.target, op.id);
        },
        async delete(target, resource) {
            const h = handlerFor(resource.type);
            const ctx = context(target);
            const current = await h.read(ctx, resource.id);
            // Already gone is what a delete wants.
            if (!current)
                return;
            checkOwned(target, resource, current);
            await h.delete(ctx, target, resource, current);
        },
        async readById(target, ref) {
            const { h, adoption } = adopter(ref.type);
            const ctx = context(target);
            const current = await h.read(ctx, ref.id);
            if (!current)
                return undefined;
            const shown = adoption.withTags(current, ownershipTags(target, ref.address));
            const live = h.readBack
                ? await h.readBack(ctx, shown, target)
                : (await h.live(ctx, [shown], target))[0];
            return live && { live: { ...live, address: ref.address }, tags: current.tags };
        },
        async adopt(target, ref) {
            const { h, adoption } = adopter(ref.type);
            const ctx = context(target);
            // Read again right before tagging: what was free at plan time may have been taken since.
            const current = await h.read(ctx, ref.id);
            if (!current)
                throw new ProviderOperationError("NotFound", `${ref.address} (${ref.id}) no longer exists`);
            const owner = otherOwner(current.tags, target);
            if (owner) {
                throw new ProviderOperationError("NotOwned", `${ref.id} belongs to ${owner}; Plagentic leaves it alone`);
            }
            await adoption.addTags(ctx, current, ownershipTags(target, ref.address));
        },
        ...(opts.close && { close: opts.close }),
    };
}
