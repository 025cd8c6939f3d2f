import { ownershipAfterUpdate, ownershipTags, } from "../provider.js";
import { foundOf, getOrNothing, guarded, isNotFound, mine, ownedTags, partsOf, placed, tagged, } from "./context.js";
import { resourceName } from "./names.js";
export function armHandler(k) {
    const client = (ctx, subscription) => k.client ? k.client(ctx, subscription) : Promise.resolve(ctx.clients(subscription));
    const live = (r, target) => k.state
        ? tagged(k.type, r, target, placed(r, k.attributes(r)), k.state(r))
        : tagged(k.type, r, target, placed(r, k.attributes(r)));
    const put = async (ctx, op, at) => {
        const c = await client(ctx);
        const tags = ownedTags(op, at.ownership);
        return putting(ctx, op, at.name, async () => mine(live(await k.put(ctx, c, at, op, tags), op.target), what(op, at.name)));
    };
    return {
        type: k.type,
        tokenIn: "name",
        ...(k.optional && { optional: true }),
        ...(k.writeOnly && { writeOnly: k.writeOnly }),
        async list(ctx) {
            const c = await client(ctx);
            return (await ctx.inGroups(k.listKey ?? k.type, (_c, group) => k.list(c, group))).map((r) => foundOf(r));
        },
        async live(_ctx, owned, target) {
            return owned.flatMap((f) => live(f.resource, target) ?? []);
        },
        async read(ctx, id) {
            const p = partsOf(id);
            const c = await client(ctx, p.subscription);
            const r = await getOrNothing(() => k.get(c, p.resourceGroup, p.name));
            return r && foundOf(r, p.name);
        },
        async findByToken(ctx, op) {
            const c = await client(ctx);
            const name = resourceName(op.target.environment, op.address, op.token);
            const group = ctx.groupOf(op);
            const r = await getOrNothing(() => k.get(c, group, name));
            return r ? [foundOf(r, name)] : [];
        },
        create(ctx, op, earlier) {
            const name = resourceName(op.target.environment, op.address, op.token);
            return put(ctx, op, {
                name,
                group: ctx.groupOf(op),
                ownership: ownershipTags(op.target, op.address),
                // Completing an earlier attempt updates what it made.
                existing: earlier !== undefined,
            });
        },
        update(ctx, op, current) {
            const p = partsOf(op.id);
            const ownership = ownershipAfterUpdate(current, op);
            return put(ctx, op, { name: p.name, group: p.resourceGroup, ownership, existing: true });
        },
        async delete(ctx, _target, resource) {
            const p = partsOf(resource.id);
            const c = await client(ctx, p.subscription);
            return deleting(ctx, resource, p.name, async () => {
                await k.beforeDelete?.(ctx, c, p.resourceGroup, p.name);
                return () => k.remove(ctx, c, p.resourceGroup, p.name);
            });
        },
    };
}
export function what(op, name) {
    return `${op.address} (${name})`;
}
/** A PUT, with its progress line and errors in Plagentic's form. */
export function putting(ctx, op, name, fn) {
    ctx.progress(`${what(op, name)}: waiting for Azure to finish`);
    return guarded(fn);
}
/**
 * A delete: `prepare` makes its checks and returns the call; what is already gone counts as
 * deleted.
 */
export async function deleting(ctx, resource, name, prepare) {
    try {
        await guarded(async () => {
            const remove = await prepare();
            ctx.progress(`${resource.address} (${name}): deleting`);
            await remove();
        });
    }
    catch (e) {
        if (isNotFound(e))
            return;
        throw e;
    }
}
