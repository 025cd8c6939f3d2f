import { ownershipAfterUpdate, ownershipTags, ProviderOperationError, } from "../../provider.js";
import { sourceImage, str } from "../bodies.js";
import { collect, defaultZone, foundOf, insertOnce, liveOf, markerOf, PAGE_SIZE, placeOf, refOf, scopeName, stepRequestId, sameEntries, userLabels, } from "../compute.js";
import { computeBasics } from "../compute-handler.js";
import { lastSegment, resourcePath } from "../names.js";
import { environmentFilter, ownershipLabels, readDescription } from "../ownership.js";
const TYPE = "google_compute_disk";
/** What GCE says of a disk that exists but is not usable: the next plan replaces it. */
const UNUSABLE = new Set(["FAILED", "DELETING"]);
function live(f) {
    const d = f.resource;
    const marker = readDescription(d.description);
    const attributes = {
        zone: lastSegment(d.zone ?? ""),
        ...(d.sizeGb !== undefined && d.sizeGb !== null && { size: Number(d.sizeGb) }),
        ...(d.type && { type: lastSegment(d.type) }),
        ...(marker?.image !== undefined && { image: marker.image }),
    };
    const r = liveOf(TYPE, f, attributes, marker?.omitted ?? []);
    return r && d.status && UNUSABLE.has(d.status) ? { ...r, state: d.status } : r;
}
// GCE refuses to delete a disk an instance still uses (resourceInUseByAnotherResource).
const basics = computeBasics({
    type: TYPE,
    kind: "disk",
    found(project, d) {
        const scope = { kind: "zone", zone: lastSegment(d.zone ?? "") };
        const id = resourcePath({ project, kind: "disk", scope, name: d.name ?? "" });
        return foundOf(id, d, d.description, { ...(d.labels ?? {}) });
    },
    live,
    list: async (ctx, environment) => {
        const filter = environmentFilter(environment);
        const pages = await collect(ctx.compute.disks.aggregatedListAsync({ project: ctx.project, filter, maxResults: PAGE_SIZE }, ctx.call));
        return pages.flatMap(([, scoped]) => scoped.disks ?? []);
    },
    get: (ctx, { project, name, scope }) => ctx.compute.disks.get({ project, zone: scopeName(scope), disk: name }, ctx.call),
    remove: (ctx, { project, name, scope }, requestId) => ctx.compute.disks.delete({ project, zone: scopeName(scope), disk: name, requestId }, ctx.call),
});
export const disk = {
    ...basics,
    async create(ctx, op) {
        const zone = str(op.attributes, "zone") ?? defaultZone(op.target.region);
        const ref = placeOf(ctx, op, "disk", { kind: "zone", zone });
        const ownership = ownershipTags(op.target, op.address);
        const image = str(op.attributes, "image");
        const size = op.attributes["size"];
        const type = str(op.attributes, "type");
        const diskResource = {
            name: ref.name,
            description: markerOf(op, ownership, image),
            labels: { ...userLabels(op), ...ownershipLabels(ownership) },
            ...(typeof size === "number" && { sizeGb: size }),
            ...(type !== undefined && { type: `zones/${zone}/diskTypes/${type}` }),
            ...(image !== undefined && { sourceImage: sourceImage(image) }),
        };
        return insertOnce(ctx, op, ref, (requestId) => ctx.compute.disks.insert({ project: ref.project, zone, requestId, diskResource }, ctx.call), (id) => basics.read(ctx, id));
    },
    async update(ctx, op, current) {
        const { project, name: disk, scope } = refOf(op.id, "disk", TYPE);
        const zone = scopeName(scope);
        const what = `${op.address} (${disk})`;
        const d = current.resource;
        const want = op.attributes["size"];
        const have = d.sizeGb === undefined || d.sizeGb === null ? undefined : Number(d.sizeGb);
        if (typeof want === "number" && have !== undefined && want < have) {
            throw new ProviderOperationError("UnsupportedUpdate", `${what}: a persistent disk cannot shrink (${have} GB to ${want} GB); replace it instead`);
        }
        const labels = { ...userLabels(op), ...ownershipLabels(ownershipAfterUpdate(current, op)) };
        if (!sameEntries(labels, d.labels ?? {})) {
            const zoneSetLabelsRequestResource = { labels, labelFingerprint: d.labelFingerprint ?? null };
            const requestId = stepRequestId(op.token, "labels");
            await ctx.operate(scope, what, () => ctx.compute.disks.setLabels({ project, zone, resource: disk, requestId, zoneSetLabelsRequestResource }, ctx.call));
        }
        if (typeof want === "number" && want !== have) {
            const disksResizeRequestResource = { sizeGb: want };
            const requestId = stepRequestId(op.token, "resize");
            await ctx.operate(scope, what, () => ctx.compute.disks.resize({ project, zone, disk, requestId, disksResizeRequestResource }, ctx.call));
        }
    },
};
