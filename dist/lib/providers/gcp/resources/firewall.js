/**
 * `google_compute_firewall`. Its marker is its description, which a patch may rewrite: an update
 * writes the whole rule with the ownership tags the updating repository keeps
 * (identityTagsAfterUpdate), so the owner's current shares take effect.
 */
import { identityTagsAfterUpdate, OWNER_TAG_ADDRESS, ownershipTags, } from "../../provider.js";
import { firewallAttributes, firewallBody } from "../bodies.js";
import { collect, deleteOne, foundOf, insertOnce, liveOf, markerOf, PAGE_SIZE, placeOf, readOne, refOf, stepRequestId, } from "../compute.js";
import { nameFilter, resourcePath } from "../names.js";
import { readDescription } from "../ownership.js";
const TYPE = "google_compute_firewall";
const found = (project, f) => foundOf(resourcePath({ project, kind: "firewall", scope: { kind: "global" }, name: f.name ?? "" }), f, f.description);
function read(ctx, id) {
    const { project, name } = refOf(id, "firewall", TYPE);
    return readOne(() => ctx.compute.firewalls.get({ project, firewall: name }, ctx.call), (f) => found(project, f));
}
export const firewall = {
    type: TYPE,
    async list(ctx, target) {
        const { project, compute, call } = ctx;
        const all = await collect(compute.firewalls.listAsync({ project, filter: nameFilter(target.environment), maxResults: PAGE_SIZE }, call));
        return all.map((f) => found(project, f));
    },
    async live(_ctx, owned) {
        return owned.flatMap((f) => {
            const marker = readDescription(f.resource.description);
            return (liveOf(TYPE, f, firewallAttributes(f.resource, marker?.description), marker?.omitted ?? []) ?? []);
        });
    },
    read,
    async create(ctx, op) {
        const ref = placeOf(ctx, op, "firewall", { kind: "global" });
        const firewallResource = firewallBody(ref.name, op.attributes, markerOf(op, ownershipTags(op.target, op.address)));
        return insertOnce(ctx, op, ref, (requestId) => ctx.compute.firewalls.insert({ project: ref.project, requestId, firewallResource }, ctx.call), (id) => read(ctx, id));
    },
    async update(ctx, op, current) {
        const { project, name, scope } = refOf(op.id, "firewall", TYPE);
        const ownership = {
            ...identityTagsAfterUpdate(current.tags, op.target),
            [OWNER_TAG_ADDRESS]: op.address,
        };
        const firewallResource = firewallBody(name, op.attributes, markerOf(op, ownership));
        const requestId = stepRequestId(op.token, "patch");
        await ctx.operate(scope, `${op.address} (${name})`, () => ctx.compute.firewalls.patch({ project, firewall: name, requestId, firewallResource }, ctx.call));
    },
    async delete(ctx, _target, resource) {
        const ref = refOf(resource.id, "firewall", TYPE);
        await deleteOne(ctx, resource, ref, (requestId) => ctx.compute.firewalls.delete({ project: ref.project, firewall: ref.name, requestId }, ctx.call));
    },
};
