import { ownershipTags } from "../../provider.js";
import { networkAttributes, networkBody, str } from "../bodies.js";
import { collect, deleteOne, differs, foundOf, insertOnce, liveOf, PAGE_SIZE, placeOf, readOne, refOf, markerOf, stepRequestId, } from "../compute.js";
import { nameFilter, resourcePath } from "../names.js";
import { readDescription } from "../ownership.js";
const TYPE = "google_compute_network";
const found = (project, n) => foundOf(resourcePath({ project, kind: "network", scope: { kind: "global" }, name: n.name ?? "" }), n, n.description);
function live(f) {
    const marker = readDescription(f.resource.description);
    return liveOf(TYPE, f, networkAttributes(f.resource, marker?.description), marker?.omitted ?? []);
}
function read(ctx, id) {
    const { project, name } = refOf(id, "network", TYPE);
    return readOne(() => ctx.compute.networks.get({ project, network: name }, ctx.call), (n) => found(project, n));
}
export const network = {
    type: TYPE,
    async list(ctx, target) {
        const { project, compute, call } = ctx;
        const all = await collect(compute.networks.listAsync({ project, filter: nameFilter(target.environment), maxResults: PAGE_SIZE }, call));
        return all.map((n) => found(project, n));
    },
    async live(_ctx, owned) {
        return owned.flatMap((f) => live(f) ?? []);
    },
    read,
    async create(ctx, op) {
        const ref = placeOf(ctx, op, "network", { kind: "global" });
        const networkResource = networkBody(ref.name, op.attributes, markerOf(op, ownershipTags(op.target, op.address)));
        return insertOnce(ctx, op, ref, (requestId) => ctx.compute.networks.insert({ project: ref.project, requestId, networkResource }, ctx.call), (id) => read(ctx, id));
    },
    async update(ctx, op, current) {
        const have = live(current)?.attributes ?? {};
        if (!differs(op.attributes, have, "routing_mode"))
            return;
        const { project, name, scope } = refOf(op.id, "network", TYPE);
        const networkResource = {
            routingConfig: { routingMode: str(op.attributes, "routing_mode") ?? "REGIONAL" },
        };
        const requestId = stepRequestId(op.token, "patch");
        await ctx.operate(scope, `${op.address} (${name})`, () => ctx.compute.networks.patch({ project, network: name, requestId, networkResource }, ctx.call));
    },
    async delete(ctx, _target, resource) {
        // GCE refuses to delete a network that still holds subnetworks, firewalls or instances
        // (resourceInUseByAnotherResource): a network never takes others' resources with it.
        const ref = refOf(resource.id, "network", TYPE);
        await deleteOne(ctx, resource, ref, (requestId) => ctx.compute.networks.delete({ project: ref.project, network: ref.name, requestId }, ctx.call));
    },
};
