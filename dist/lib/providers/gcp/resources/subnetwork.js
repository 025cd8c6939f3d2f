/**
 * `google_compute_subnetwork`, in the spec's region or the environment's. Its marker is its
 * description, which GCE never lets change after insert: its shares stay as created. A range can
 * only grow in place (expandIpCidrRange).
 */
import { ownershipTags } from "../../provider.js";
import { str, subnetworkAttributes, subnetworkBody } from "../bodies.js";
import { collect, differs, foundOf, insertOnce, liveOf, markerOf, PAGE_SIZE, placeOf, refOf, scopeName, stepRequestId, } from "../compute.js";
import { computeBasics } from "../compute-handler.js";
import { lastSegment, nameFilter, resourcePath } from "../names.js";
import { readDescription } from "../ownership.js";
const TYPE = "google_compute_subnetwork";
function live(f) {
    return liveOf(TYPE, f, subnetworkAttributes(f.resource), readDescription(f.resource.description)?.omitted ?? []);
}
const basics = computeBasics({
    type: TYPE,
    kind: "subnetwork",
    found(project, s) {
        const scope = { kind: "region", region: lastSegment(s.region ?? "") };
        return foundOf(resourcePath({ project, kind: "subnetwork", scope, name: s.name ?? "" }), s, s.description);
    },
    live,
    list: async (ctx, environment) => {
        const filter = nameFilter(environment);
        const pages = await collect(ctx.compute.subnetworks.aggregatedListAsync({ project: ctx.project, filter, maxResults: PAGE_SIZE }, ctx.call));
        return pages.flatMap(([, scoped]) => scoped.subnetworks ?? []);
    },
    get: (ctx, { project, name, scope }) => ctx.compute.subnetworks.get({ project, region: scopeName(scope), subnetwork: name }, ctx.call),
    remove: (ctx, { project, name, scope }, requestId) => ctx.compute.subnetworks.delete({ project, region: scopeName(scope), subnetwork: name, requestId }, ctx.call),
});
export const subnetwork = {
    ...basics,
    async create(ctx, op) {
        const region = str(op.attributes, "region") ?? op.target.region;
        const ref = placeOf(ctx, op, "subnetwork", { kind: "region", region });
        const subnetworkResource = subnetworkBody(ref.name, op.attributes, markerOf(op, ownershipTags(op.target, op.address)));
        return insertOnce(ctx, op, ref, (requestId) => ctx.compute.subnetworks.insert({ project: ref.project, region, requestId, subnetworkResource }, ctx.call), (id) => basics.read(ctx, id));
    },
    async update(ctx, op, current) {
        const have = live(current)?.attributes ?? {};
        const { project, name: subnetwork, scope } = refOf(op.id, "subnetwork", TYPE);
        const region = scopeName(scope);
        const what = `${op.address} (${subnetwork})`;
        if (differs(op.attributes, have, "ip_cidr_range")) {
            const subnetworksExpandIpCidrRangeRequestResource = {
                ipCidrRange: str(op.attributes, "ip_cidr_range") ?? "",
            };
            const requestId = stepRequestId(op.token, "expand");
            await ctx.operate(scope, what, () => ctx.compute.subnetworks.expandIpCidrRange({ project, region, subnetwork, requestId, subnetworksExpandIpCidrRangeRequestResource }, ctx.call));
        }
        if (differs(op.attributes, have, "private_ip_google_access")) {
            const subnetworksSetPrivateIpGoogleAccessRequestResource = {
                privateIpGoogleAccess: op.attributes["private_ip_google_access"] === true,
            };
            const requestId = stepRequestId(op.token, "private-access");
            await ctx.operate(scope, what, () => ctx.compute.subnetworks.setPrivateIpGoogleAccess({ project, region, subnetwork, requestId, subnetworksSetPrivateIpGoogleAccessRequestResource }, ctx.call));
        }
    },
};
