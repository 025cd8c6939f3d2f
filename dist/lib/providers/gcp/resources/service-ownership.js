import { OWNER_TAG_ADDRESS, OWNER_TAG_ENVIRONMENT, OWNER_TAG_REPOSITORY, OWNER_TAG_SHARE_PREFIX, ownershipTags, ProviderOperationError, repositoryKey, } from "../../provider.js";
import { decodeLabel, encodeLabel, isLabelKey, isLabelValue } from "../names.js";
import { environmentLabel, isOwnerLabel, LABEL_ADDRESS, LABEL_ENVIRONMENT, LABEL_REPOSITORY, LABEL_SHARE_PREFIX, ownershipLabels, readDescription, repositoryLabel, } from "../ownership.js";
const PLAGENTIC = "plagentic-";
/** 21 characters encode to at most 63 (`-xx` per escaped character). */
const CHUNK = 21;
/** 64 labels per resource at most; the address may take a few of them. */
const MAX_CHUNKS = 8;
export { environmentLabel, LABEL_ENVIRONMENT };
function instanceEnvironment(labels) {
    const label = labels[LABEL_ENVIRONMENT];
    return label === undefined ? undefined : decodeLabel(label);
}
/** The ownership labels of what `target` creates at `address`. */
function ownerLabels(target, address) {
    return ownershipLabels(ownershipTags(target, address));
}
/**
 * `identityTagsAfterUpdate` on labels: the owner writes its current share labels, a repository
 * the resource is shared with keeps the owner's.
 */
function ownerLabelsAfterUpdate(current, target, address) {
    if (current[LABEL_REPOSITORY] === repositoryLabel(target.repository))
        return ownerLabels(target, address);
    const kept = Object.entries(current).filter(([key]) => isOwnerLabel(key));
    return { ...Object.fromEntries(kept), ...addressLabels(address) };
}
export function isPlagenticLabel(key) {
    return key.startsWith(PLAGENTIC);
}
/** The address over one or more labels, reversibly. */
export function addressLabels(address) {
    const out = {};
    const chunks = Math.ceil(address.length / CHUNK);
    if (chunks > MAX_CHUNKS) {
        throw new ProviderOperationError("InvalidAddress", `${address} is too long to record in labels`);
    }
    for (let i = 0; i < chunks; i++) {
        const encoded = encodeLabel(address.slice(i * CHUNK, (i + 1) * CHUNK));
        if (encoded === undefined) {
            throw new ProviderOperationError("InvalidAddress", `${address} cannot be recorded in labels`);
        }
        out[i === 0 ? LABEL_ADDRESS : `${LABEL_ADDRESS}-${i}`] = encoded;
    }
    return out;
}
export function addressOf(labels) {
    let out = "";
    for (let i = 0; i < MAX_CHUNKS; i++) {
        const label = labels[i === 0 ? LABEL_ADDRESS : `${LABEL_ADDRESS}-${i}`];
        if (label === undefined)
            break;
        const part = decodeLabel(label);
        if (part === undefined)
            return undefined;
        out += part;
    }
    return out === "" ? undefined : out;
}
/** The spec's tags as labels; invalid ones and any `plagentic-` key are refused. */
export function userLabels(op) {
    for (const [k, v] of Object.entries(op.tags)) {
        if (!isLabelKey(k) || !isLabelValue(v) || isPlagenticLabel(k) || k.includes(":")) {
            throw new ProviderOperationError("InvalidLabel", `tag ${k}=${v} of ${op.address} is not a label Plagentic may write (keys and values: lower-case letters, digits, _ and -, at most 63; no plagentic- keys)`);
        }
    }
    return { ...op.tags };
}
/** The labels a create writes: the spec's, then every ownership one (never the other way round). */
export function createLabels(op, extra = {}) {
    return {
        ...userLabels(op),
        ...ownerLabels(op.target, op.address),
        ...addressLabels(op.address),
        ...extra,
    };
}
/** The labels an update writes: what `identityTagsAfterUpdate` keeps, in label form. */
export function updateLabels(current, op, extra = {}) {
    return {
        ...userLabels(op),
        ...ownerLabelsAfterUpdate(current, op.target, op.address),
        ...addressLabels(op.address),
        ...extra,
    };
}
/** Labels without Plagentic's: the user tags a live resource reports. */
export function tagsOfLabels(labels) {
    return Object.fromEntries(Object.entries(labels ?? {}).filter(([k]) => !isPlagenticLabel(k)));
}
/**
 * The live form of a listed resource: its address from the ownership tags, its user labels as
 * tags, and `state` when the API says it is `broken` (so the next plan replaces it).
 */
export function serviceLive(type, found, attributes, labels, state, broken) {
    return {
        address: found.tags[OWNER_TAG_ADDRESS] ?? "",
        type,
        id: found.id,
        attributes,
        tags: tagsOfLabels(labels),
        ...(broken.has(state) && { state }),
    };
}
/** The share tag for `target`, when the labels hold the owner's share with it. */
function shareTags(labels, target) {
    const key = repositoryKey(target.repository);
    return labels[LABEL_SHARE_PREFIX + key] === repositoryLabel(target.repository)
        ? { [OWNER_TAG_SHARE_PREFIX + key]: target.repository }
        : {};
}
/**
 * Ownership tags, in provider form, of a resource that only has labels. A repository label that
 * is not the target's stays opaque (`label:<value>`, never a repository name), so it owns nothing.
 */
export function ownershipFromLabels(labels, target) {
    const l = labels ?? {};
    const environment = instanceEnvironment(l);
    const repository = l[LABEL_REPOSITORY];
    const address = addressOf(l);
    if (environment === undefined || repository === undefined)
        return {};
    return {
        [OWNER_TAG_ENVIRONMENT]: environment,
        [OWNER_TAG_REPOSITORY]: repository === repositoryLabel(target.repository) ? target.repository : `label:${repository}`,
        ...(address !== undefined && { [OWNER_TAG_ADDRESS]: address }),
        ...shareTags(l, target),
    };
}
/**
 * Ownership tags of a resource whose description holds the marker: its identity, when the labels
 * say the same environment, repository and address; nothing (nobody's) when they disagree.
 */
export function ownershipFromMarker(description, labels, target) {
    const marker = readDescription(description);
    const l = labels ?? {};
    if (!marker)
        return {};
    const environment = marker.tags[OWNER_TAG_ENVIRONMENT];
    const repository = marker.tags[OWNER_TAG_REPOSITORY];
    const address = marker.tags[OWNER_TAG_ADDRESS];
    if (repository === undefined)
        return {};
    let repositoryAgrees = false;
    try {
        repositoryAgrees = l[LABEL_REPOSITORY] === repositoryLabel(repository);
    }
    catch {
        // Not a repository name: the marker was not written by Plagentic.
    }
    if (instanceEnvironment(l) !== environment || !repositoryAgrees || addressOf(l) !== address)
        return {};
    return {
        [OWNER_TAG_ENVIRONMENT]: environment,
        [OWNER_TAG_REPOSITORY]: repository,
        [OWNER_TAG_ADDRESS]: address,
        ...shareTags(l, target),
    };
}
/** Which of `omittable` the spec left out, as one label value (`disk_type-2cnode_locations`). */
export function omittedLabel(omitted) {
    if (omitted.length === 0)
        return {};
    const value = encodeLabel(omitted.join(","));
    if (value === undefined)
        throw new Error(`omitted properties ${omitted.join(",")} do not fit a label`);
    return { [`${PLAGENTIC}omitted`]: value };
}
export function omittedOf(labels) {
    const value = labels?.[`${PLAGENTIC}omitted`];
    const decoded = value === undefined ? undefined : decodeLabel(value);
    return decoded ? decoded.split(",") : [];
}
/** Whether two label sets hold the same pairs, in any order. */
export function sameLabels(a, b) {
    const sorted = (l) => JSON.stringify(Object.entries(l ?? {}).sort(([x], [y]) => (x < y ? -1 : 1)));
    return sorted(a) === sorted(b);
}
