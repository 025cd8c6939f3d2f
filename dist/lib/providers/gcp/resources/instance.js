import { identityTagsAfterUpdate, OWNER_TAG_ADDRESS, ownershipTags, ProviderOperationError, } from "../../provider.js";
import { omittedPaths } from "../../omitted.js";
import { bootDiskOf, instanceAttributes, instanceBody, metadataOf, OMITTABLE, str, } from "../bodies.js";
import { collect, deleteOne, differs, foundOf, insertOnce, liveOf, PAGE_SIZE, placeOf, readOne, refOf, scopeName, stepRequestId, sameEntries, userLabels, defaultZone, } from "../compute.js";
import { lastSegment, resourcePath } from "../names.js";
import { describeOwned, environmentFilter, METADATA_BOOT_DISK, METADATA_OMITTED, METADATA_OWNERSHIP, ownershipLabels, readDescription, } from "../ownership.js";
const TYPE = "google_compute_instance";
function found(project, i) {
    const scope = { kind: "zone", zone: lastSegment(i.zone ?? "") };
    const id = resourcePath({ project, kind: "instance", scope, name: i.name ?? "" });
    return foundOf(id, i, metadataOf(i)[METADATA_OWNERSHIP], { ...(i.labels ?? {}) });
}
function read(ctx, id) {
    const { project, name, scope } = refOf(id, "instance", TYPE);
    return readOne(() => ctx.compute.instances.get({ project, zone: scopeName(scope), instance: name }, ctx.call), (i) => found(project, i));
}
function attributesOf(i) {
    const metadata = metadataOf(i);
    return {
        attributes: instanceAttributes(i, parseJson(metadata[METADATA_BOOT_DISK], isBootDisk)),
        omitted: parseJson(metadata[METADATA_OMITTED], isStrings) ?? [],
    };
}
function live(f) {
    const { attributes, omitted } = attributesOf(f.resource);
    return liveOf(TYPE, f, attributes, omitted);
}
export const instance = {
    type: TYPE,
    async list(ctx, target) {
        const { project, compute, call } = ctx;
        const filter = environmentFilter(target.environment);
        const pages = await collect(compute.instances.aggregatedListAsync({ project, filter, maxResults: PAGE_SIZE }, call));
        return pages.flatMap(([, scoped]) => (scoped.instances ?? []).map((i) => found(project, i)));
    },
    async live(_ctx, owned) {
        return owned.flatMap((f) => live(f) ?? []);
    },
    read,
    async create(ctx, op) {
        const zone = str(op.attributes, "zone") ?? defaultZone(op.target.region);
        const ref = placeOf(ctx, op, "instance", { kind: "zone", zone });
        const ownership = ownershipTags(op.target, op.address);
        const omitted = omittedPaths(op.attributes, OMITTABLE[op.type] ?? []);
        const metadata = {
            [METADATA_OWNERSHIP]: describeOwned({ tags: ownership, omitted: [] }),
            [METADATA_BOOT_DISK]: JSON.stringify(bootDiskOf(op.attributes)),
            ...(omitted.length > 0 && { [METADATA_OMITTED]: JSON.stringify(omitted) }),
        };
        const labels = { ...userLabels(op), ...ownershipLabels(ownership) };
        const instanceResource = instanceBody(ref.name, zone, op.attributes, labels, metadata);
        return insertOnce(ctx, op, ref, (requestId) => ctx.compute.instances.insert({ project: ref.project, zone, requestId, instanceResource }, ctx.call), (id) => read(ctx, id));
    },
    async update(ctx, op, current) {
        const ref = refOf(op.id, "instance", TYPE);
        const what = `${op.address} (${ref.name})`;
        const have = live(current)?.attributes ?? {};
        const unsupported = ["external_ip", "can_ip_forward"].filter((k) => differs(op.attributes, have, k));
        if (unsupported.length > 0) {
            throw new ProviderOperationError("UnsupportedUpdate", `${what}: changing ${unsupported.join(", ")} in place is not supported by the gcp provider`);
        }
        await convergeOwnership(ctx, op, current);
        await convergeSettings(ctx, op, current.resource, have, what);
    },
    async delete(ctx, _target, resource) {
        const ref = refOf(resource.id, "instance", TYPE);
        await deleteOne(ctx, resource, ref, (requestId) => ctx.compute.instances.delete({ project: ref.project, zone: scopeName(ref.scope), instance: ref.name, requestId }, ctx.call));
    },
};
/**
 * Labels, then the metadata marker, to the ownership the updating repository keeps. Either order
 * is safe: while they disagree, only the shares both name count (agreedOwnership).
 */
async function convergeOwnership(ctx, op, current) {
    const { project, name: instance, scope } = refOf(op.id, "instance", TYPE);
    const zone = scopeName(scope);
    const what = `${op.address} (${instance})`;
    const i = current.resource;
    const ownership = { ...identityTagsAfterUpdate(current.tags, op.target), [OWNER_TAG_ADDRESS]: op.address };
    const labels = { ...userLabels(op), ...ownershipLabels(ownership) };
    if (!sameEntries(labels, i.labels ?? {})) {
        const instancesSetLabelsRequestResource = { labels, labelFingerprint: i.labelFingerprint ?? null };
        const requestId = stepRequestId(op.token, "labels");
        await ctx.operate(scope, what, () => ctx.compute.instances.setLabels({ project, zone, instance, requestId, instancesSetLabelsRequestResource }, ctx.call));
    }
    const metadata = metadataOf(i);
    if (!sameEntries(ownership, readDescription(metadata[METADATA_OWNERSHIP])?.tags ?? {})) {
        const items = Object.entries({
            ...metadata,
            [METADATA_OWNERSHIP]: describeOwned({ tags: ownership, omitted: [] }),
        });
        const metadataResource = {
            items: items.map(([key, value]) => ({ key, value })),
            fingerprint: i.metadata?.fingerprint ?? null,
        };
        const requestId = stepRequestId(op.token, "metadata");
        await ctx.operate(scope, what, () => ctx.compute.instances.setMetadata({ project, zone, instance, requestId, metadataResource }, ctx.call));
    }
}
async function convergeSettings(ctx, op, i, have, what) {
    const { project, name: instance, scope } = refOf(op.id, "instance", TYPE);
    const zone = scopeName(scope);
    const step = (s) => stepRequestId(op.token, s);
    const run = (s, start) => ctx.operate(scope, what, () => start(step(s)));
    const tags = Array.isArray(op.attributes["network_tags"]) ? op.attributes["network_tags"].map(String) : [];
    if (JSON.stringify(tags) !== JSON.stringify(have["network_tags"] ?? [])) {
        const tagsResource = { items: tags, fingerprint: i.tags?.fingerprint ?? null };
        await run("tags", (requestId) => ctx.compute.instances.setTags({ project, zone, instance, requestId, tagsResource }, ctx.call));
    }
    const machineType = str(op.attributes, "machine_type");
    if (machineType !== undefined && machineType !== have["machine_type"]) {
        ctx.progress?.(`${what}: stopping to change the machine type to ${machineType}`);
        await run("stop", (requestId) => ctx.compute.instances.stop({ project, zone, instance, requestId }, ctx.call));
        const instancesSetMachineTypeRequestResource = {
            machineType: `zones/${zone}/machineTypes/${machineType}`,
        };
        await run("machine-type", (requestId) => ctx.compute.instances.setMachineType({ project, zone, instance, requestId, instancesSetMachineTypeRequestResource }, ctx.call));
        await run("start", (requestId) => ctx.compute.instances.start({ project, zone, instance, requestId }, ctx.call));
    }
}
function parseJson(text, is) {
    if (!text)
        return undefined;
    try {
        const v = JSON.parse(text);
        return is(v) ? v : undefined;
    }
    catch {
        return undefined;
    }
}
function isStrings(v) {
    return Array.isArray(v) && v.every((x) => typeof x === "string");
}
function isBootDisk(v) {
    return v !== null && typeof v === "object" && typeof v.image === "string";
}
