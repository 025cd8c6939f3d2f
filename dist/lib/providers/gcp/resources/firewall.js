/**
 * `google_compute_firewall`. Its marker is its description, which a patch may rewrite: an update
 * writes the whole rule with the ownership tags the updating repository keeps
 * (identityTagsAfterUpdate), so the owner's current shares take effect.
 */
import { ownershipAfterUpdate, ownershipTags } from "../../provider.js";
import { firewallAttributes, firewallBody } from "../bodies.js";
import { collect, foundOf, insertOnce, liveOf, markerOf, PAGE_SIZE, placeOf, refOf, stepRequestId, } from "../compute.js";
import { computeBasics } from "../compute-handler.js";
import { nameFilter, resourcePath } from "../names.js";
import { readDescription } from "../ownership.js";
const TYPE = "google_compute_firewall";
const basics = computeBasics({
    type: TYPE,
    kind: "firewall",
    found: (project, f) => foundOf(resourcePath({ project, kind: "firewall", scope: { kind: "global" }, name: f.name ?? "" }), f, f.description),
    live: (f) => {
        const marker = readDescription(f.resource.description);
        return liveOf(TYPE, f, firewallAttributes(f.resource, marker?.description), marker?.omitted ?? []);
    },
    list: (ctx, environment) => collect(ctx.compute.firewalls.listAsync({ project: ctx.project, filter: nameFilter(environment), maxResults: PAGE_SIZE }, ctx.call)),
    get: (ctx, { project, name }) => ctx.compute.firewalls.get({ project, firewall: name }, ctx.call),
    remove: (ctx, { project, name }, requestId) => ctx.compute.firewalls.delete({ project, firewall: name, requestId }, ctx.call),
});
export const firewall = {
    ...basics,
    async create(ctx, op) {
        const ref = placeOf(ctx, op, "firewall", { kind: "global" });
        const firewallResource = firewallBody(ref.name, op.attributes, markerOf(op, ownershipTags(op.target, op.address)));
        return insertOnce(ctx, op, ref, (requestId) => ctx.compute.firewalls.insert({ project: ref.project, requestId, firewallResource }, ctx.call), (id) => basics.read(ctx, id));
    },
    async update(ctx, op, current) {
        const { project, name, scope } = refOf(op.id, "firewall", TYPE);
        const firewallResource = firewallBody(name, op.attributes, markerOf(op, ownershipAfterUpdate(current, op)));
        const requestId = stepRequestId(op.token, "patch");
        await ctx.operate(scope, `${op.address} (${name})`, () => ctx.compute.firewalls.patch({ project, firewall: name, requestId, firewallResource }, ctx.call));
    },
};
