import { ownershipAfterUpdate, ownershipTags, ProviderOperationError, } from "../../provider.js";
import { omittedPaths } from "../../omitted.js";
import { bootDiskOf, instanceAttributes, instanceBody, metadataOf, OMITTABLE, str, } from "../bodies.js";
import { collect, differs, foundOf, insertOnce, liveOf, PAGE_SIZE, placeOf, refOf, scopeName, stepRequestId, sameEntries, userLabels, defaultZone, } from "../compute.js";
import { computeBasics } from "../compute-handler.js";
import { decodeLabel, lastSegment, resourcePath } from "../names.js";
import { describeOwned, environmentFilter, METADATA_BOOT_DISK, METADATA_OMITTED, LABEL_ENVIRONMENT, LABEL_REPOSITORY, LEGACY_METADATA_ADDRESS, METADATA_OWNERSHIP, ownershipLabels, readDescription, repositoryLabel, } from "../ownership.js";
const TYPE = "google_compute_instance";
function found(project, i, target) {
    const scope = { kind: "zone", zone: lastSegment(i.zone ?? "") };
    const id = resourcePath({ project, kind: "instance", scope, name: i.name ?? "" });
    const metadata = metadataOf(i);
    const marker = metadata[METADATA_OWNERSHIP] ?? legacyMarker(i.labels ?? {}, metadata, target);
    return foundOf(id, i, marker, { ...(i.labels ?? {}) });
}
/**
 * The marker of an instance made before markers existed: ownership labels plus its full address
 * in `plagentic-address` metadata. Its labels hold the repository only as a hashed label, so only
 * the target's own repository can be recognised in it (a share is lost until the owner's next
 * update writes the marker). Read so that an upgrade neither hides nor duplicates those instances;
 * never written.
 */
function legacyMarker(labels, metadata, target) {
    const address = metadata[LEGACY_METADATA_ADDRESS];
    const environment = labels[LABEL_ENVIRONMENT] && decodeLabel(labels[LABEL_ENVIRONMENT]);
    if (!address || !environment || labels[LABEL_REPOSITORY] !== repositoryLabel(target.repository)) {
        return undefined;
    }
    const tags = ownershipTags({ ...target, environment, sharedWith: [] }, address);
    return describeOwned({ tags, omitted: [] });
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
const basics = computeBasics({
    type: TYPE,
    kind: "instance",
    found,
    live,
    list: async (ctx, environment) => {
        const filter = environmentFilter(environment);
        const pages = await collect(ctx.compute.instances.aggregatedListAsync({ project: ctx.project, filter, maxResults: PAGE_SIZE }, ctx.call));
        return pages.flatMap(([, scoped]) => scoped.instances ?? []);
    },
    get: (ctx, { project, name, scope }) => ctx.compute.instances.get({ project, zone: scopeName(scope), instance: name }, ctx.call),
    remove: (ctx, { project, name, scope }, requestId) => ctx.compute.instances.delete({ project, zone: scopeName(scope), instance: name, requestId }, ctx.call),
});
export const instance = {
    ...basics,
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
        return insertOnce(ctx, op, ref, (requestId) => ctx.compute.instances.insert({ project: ref.project, zone, requestId, instanceResource }, ctx.call), (id) => basics.read(ctx, id));
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
    const ownership = ownershipAfterUpdate(current, op);
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
