import { ownershipAfterUpdate, ownershipTags, } from "../../provider.js";
import { deleting, putting, what } from "../arm-handler.js";
import { containerNotEmpty, foreignMembers, foreignSubnets } from "../container.js";
import { all, foundOf, getOrNothing, locationOf, mine, ownedTags, partsOf, tagged, } from "../context.js";
import { untilDone } from "../long-operation.js";
import { resourceName } from "../names.js";
const TYPE = "azurerm_resource_group";
const live = (g, target) => tagged(TYPE, g, target, { location: g.location ?? "" });
function put(ctx, op, name, ownership) {
    const c = ctx.clients();
    const tags = ownedTags(op, ownership);
    return putting(ctx, op, name, async () => mine(live(await c.resources.resourceGroups.createOrUpdate(name, { location: locationOf(op), tags }), op.target), what(op, name)));
}
export const resourceGroup = {
    type: TYPE,
    tokenIn: "name",
    async list(ctx) {
        return (await ctx.groups()).map((g) => foundOf(g));
    },
    async live(_ctx, owned, target) {
        return owned.flatMap((f) => live(f.resource, target) ?? []);
    },
    async read(ctx, id) {
        const p = partsOf(id);
        const g = await getOrNothing(() => ctx.clients(p.subscription).resources.resourceGroups.get(p.name));
        return g && foundOf(g, p.name);
    },
    async findByToken(ctx, op) {
        const c = ctx.clients();
        const name = resourceName(op.target.environment, op.address, op.token);
        const g = await getOrNothing(() => c.resources.resourceGroups.get(name));
        return g ? [foundOf(g, name)] : [];
    },
    create(ctx, op) {
        const name = resourceName(op.target.environment, op.address, op.token);
        return put(ctx, op, name, ownershipTags(op.target, op.address));
    },
    update(ctx, op, current) {
        const ownership = ownershipAfterUpdate(current, op);
        return put(ctx, op, partsOf(op.id).name, ownership);
    },
    delete(ctx, target, resource) {
        const { subscription, name } = partsOf(resource.id);
        const c = ctx.clients(subscription);
        return deleting(ctx, resource, name, async () => {
            // Listed right before the delete, since ARM deletes whatever the group holds by then.
            const members = await all(c.resources.resources.listByResourceGroup(name));
            const foreign = foreignMembers(members, target);
            // A network of ours still in the group takes its subnets with it, hand-made ones too.
            for (const m of members)
                if (m.type?.toLowerCase() === "microsoft.network/virtualnetworks" && m.name) {
                    const v = await c.network.virtualNetworks.get(name, m.name);
                    foreign.push(...foreignSubnets(v.subnets ?? []));
                }
            if (foreign.length > 0)
                throw containerNotEmpty(`resource group ${name}`, foreign);
            return () => untilDone(ctx, `${resource.address} (${name}) to be deleted`, () => c.resources.resourceGroups.beginDelete(name));
        });
    },
};
