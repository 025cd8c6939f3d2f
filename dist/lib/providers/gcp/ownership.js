/**
 * How a GCE resource says it is Plagentic's (invariant 3). Instances carry labels (escaped, see
 * names.ts) plus the full address in metadata; networks, subnetworks and firewalls take no labels,
 * so their `description` holds a JSON marker with the ownership tags as every other cloud writes
 * them (full repository names included), and the user's own description inside it.
 *
 * Label values cannot hold a repository name (`/`, `.`, up to 140 characters), so labels carry
 * `repositoryLabel`: a readable prefix plus the name's repositoryKey, which is what makes it
 * unique. Ownership of an instance is decided on those values, with the same rules as `ownedBy`.
 *
 * Both also record which optional properties the spec left out at create (`omitted`): GCE fills
 * those in (a zone, a disk size, a source range), and reporting the filled-in value would show a
 * difference from a spec that never mentioned it.
 */
import { isOwnershipTag, normalizeRepository, OWNER_TAG_ADDRESS, OWNER_TAG_ENVIRONMENT, repositoryKey, } from "../provider.js";
import { decodeLabel, encodeLabel, shortHash } from "./names.js";
export const LABEL_ENVIRONMENT = "plagentic-environment";
export const LABEL_ADDRESS = "plagentic-address";
export const LABEL_REPOSITORY = "plagentic-repository";
/** `plagentic-share-<repositoryKey(other)>` = `repositoryLabel(other)`, as the share tags say. */
export const LABEL_SHARE_PREFIX = "plagentic-share-";
export const METADATA_ADDRESS = "plagentic-address";
export const METADATA_OMITTED = "plagentic-omitted";
export const METADATA_BOOT_DISK = "plagentic-boot-disk";
const MARKER_OMITTED = "plagentic:omitted";
const HASHED = "h_";
const MAX_LABEL = 63;
export function describeOwned(marker) {
    return JSON.stringify({
        ...marker.tags,
        ...(marker.omitted.length > 0 && { [MARKER_OMITTED]: marker.omitted }),
        ...(marker.description !== undefined && { description: marker.description }),
    });
}
/** The marker of a resource Plagentic made, or undefined for anything else (never touched). */
export function readDescription(description) {
    if (!description || !description.startsWith("{"))
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(description);
    }
    catch {
        return undefined;
    }
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed))
        return undefined;
    const o = parsed;
    const tags = {};
    for (const [key, value] of Object.entries(o)) {
        if (isOwnershipTag(key) && typeof value === "string")
            tags[key] = value;
    }
    if (tags[OWNER_TAG_ENVIRONMENT] === undefined || tags[OWNER_TAG_ADDRESS] === undefined)
        return undefined;
    const omitted = Array.isArray(o[MARKER_OMITTED])
        ? o[MARKER_OMITTED].filter((x) => typeof x === "string")
        : [];
    const description_ = typeof o["description"] === "string" ? o["description"] : undefined;
    return { tags, omitted, ...(description_ !== undefined && { description: description_ }) };
}
/**
 * A repository as a label value: its name with `/` and `.` as `-`, cut so that `-` and its
 * 16-digit repositoryKey still fit in 63 characters (`octo-payments-0123456789abcdef`).
 */
export function repositoryLabel(repository) {
    const key = repositoryKey(repository);
    const readable = normalizeRepository(repository)
        .replace(/[^a-z0-9_-]+/g, "-")
        .slice(0, MAX_LABEL - key.length - 1)
        .replace(/-+$/, "");
    return readable === "" ? key : `${readable}-${key}`;
}
/** The ownership labels of an instance `target` creates at `address`. */
export function ownerLabels(target, address) {
    const labels = {
        [LABEL_ENVIRONMENT]: environmentLabel(target.environment),
        [LABEL_REPOSITORY]: repositoryLabel(target.repository),
        [LABEL_ADDRESS]: addressLabel(address),
    };
    for (const other of target.sharedWith ?? []) {
        if (normalizeRepository(other) === target.repository)
            continue;
        labels[LABEL_SHARE_PREFIX + repositoryKey(other)] = repositoryLabel(other);
    }
    return labels;
}
/**
 * `ownedBy` on labels: the environment label matches, and the repository label is the target's,
 * or the owner's share label for the target says so. No repository label: nobody's.
 */
export function labelsOwnedBy(labels, target) {
    if (instanceEnvironment(labels) !== target.environment)
        return false;
    const mine = repositoryLabel(target.repository);
    return (labels[LABEL_REPOSITORY] === mine ||
        labels[LABEL_SHARE_PREFIX + repositoryKey(target.repository)] === mine);
}
/**
 * `identityTagsAfterUpdate` on labels: the owner writes its current share labels, a repository
 * the instance is shared with keeps the owner's.
 */
export function ownerLabelsAfterUpdate(current, target, address) {
    if (current[LABEL_REPOSITORY] === repositoryLabel(target.repository))
        return ownerLabels(target, address);
    const kept = Object.entries(current).filter(([key]) => isOwnerLabel(key));
    return { ...Object.fromEntries(kept), [LABEL_ADDRESS]: addressLabel(address) };
}
function addressLabel(address) {
    return encodeLabel(address) ?? `${HASHED}${shortHash(address, 40)}`;
}
export function environmentLabel(environment) {
    const env = encodeLabel(environment);
    if (env === undefined) {
        throw new Error(`environment name ${JSON.stringify(environment)} does not fit a GCE label value`);
    }
    return env;
}
/**
 * The address an instance's labels and metadata agree on, or undefined when they do not (a label
 * copied onto a hand-made instance is not enough to make it owned).
 */
export function instanceAddress(labels, metadataAddress) {
    const label = labels[LABEL_ADDRESS];
    if (label === undefined || metadataAddress === undefined)
        return undefined;
    const expected = label.startsWith(HASHED) ? undefined : decodeLabel(label);
    if (expected !== undefined)
        return expected === metadataAddress ? expected : undefined;
    return `${HASHED}${shortHash(metadataAddress, 40)}` === label ? metadataAddress : undefined;
}
export function instanceEnvironment(labels) {
    const label = labels[LABEL_ENVIRONMENT];
    return label === undefined ? undefined : decodeLabel(label);
}
export function isOwnerLabel(key) {
    return (key === LABEL_ENVIRONMENT ||
        key === LABEL_ADDRESS ||
        key === LABEL_REPOSITORY ||
        key.startsWith(LABEL_SHARE_PREFIX));
}
