/**
 * `google_compute_network`. Its marker is its description, which GCE never lets change after
 * insert (a patch may only change routingConfig.routingMode): its shares stay as created.
 */
import { ownershipTags } from "../../provider.js";
import { networkAttributes, networkBody, str } from "../bodies.js";
import { collect, differs, foundOf, insertOnce, liveOf, markerOf, PAGE_SIZE, placeOf, refOf, stepRequestId, } from "../compute.js";
import { computeBasics } from "../compute-handler.js";
import { nameFilter, resourcePath } from "../names.js";
import { readDescription } from "../ownership.js";
const TYPE = "google_compute_network";
function live(f) {
    const marker = readDescription(f.resource.description);
    return liveOf(TYPE, f, networkAttributes(f.resource, marker?.description), marker?.omitted ?? []);
}
// GCE refuses to delete a network that still holds subnetworks, firewalls or instances
// (resourceInUseByAnotherResource): a network never takes others' resources with it.
const basics = computeBasics({
    type: TYPE,
    kind: "network",
    found: (project, n) => foundOf(resourcePath({ project, kind: "network", scope: { kind: "global" }, name: n.name ?? "" }), n, n.description),
    live,
    list: (ctx, environment) => collect(ctx.compute.networks.listAsync({ project: ctx.project, filter: nameFilter(environment), maxResults: PAGE_SIZE }, ctx.call)),
    get: (ctx, { project, name }) => ctx.compute.networks.get({ project, network: name }, ctx.call),
    remove: (ctx, { project, name }, requestId) => ctx.compute.networks.delete({ project, network: name, requestId }, ctx.call),
});
export const network = {
    ...basics,
    async create(ctx, op) {
        const ref = placeOf(ctx, op, "network", { kind: "global" });
        const networkResource = networkBody(ref.name, op.attributes, markerOf(op, ownershipTags(op.target, op.address)));
        return insertOnce(ctx, op, ref, (requestId) => ctx.compute.networks.insert({ project: ref.project, requestId, networkResource }, ctx.call), (id) => basics.read(ctx, id));
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
};
