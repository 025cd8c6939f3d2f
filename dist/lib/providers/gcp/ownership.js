/**
 * How a GCE resource says it is Plagentic's (invariant 3): the same ownership tags as on AWS and
 * Azure (provider.ts: `plagentic:environment`, `plagentic:repository`, the share tags and
 * `plagentic:address`), stored in full, and decided on by the dispatcher with `ownedBy`,
 * `ownedAt` and `createdBy` like every other cloud's. One mechanism, one marker format:
 *
 * - The marker is a JSON object of those tags (describeOwned). Networks, subnetworks, firewalls
 *   and disks keep it in their `description`, with the user's own description inside it; an
 *   instance keeps it in its metadata (`plagentic-ownership`), since its description is the user's.
 * - Labels cannot hold the tags (values allow `[a-z0-9_-]`, at most 63 characters, so no `/` or
 *   `.` of a repository name). Types that take labels (instances, disks) carry `ownershipLabels`
 *   of the marker's tags, for one thing: the server-side filter of a live read. When a resource has
 *   labels, its marker counts only where they agree (agreedOwnership): environment, repository and
 *   address must match or it is nobody's, and a share counts only while both say it. An update
 *   may write labels and metadata in either order without ever granting more than before or after.
 * - Where the marker is immutable (GCE lets no description change after insert, except a
 *   firewall's), the owner's later `sharing:` changes cannot be written into it: a disk's shares
 *   then follow its labels, which can only narrow the marker; a network's or subnetwork's stay as
 *   they were at creation.
 *
 * The marker also records which optional properties the spec left out at create (`omitted`): GCE
 * fills those in (a zone, a disk size, a source range), and reporting the filled-in value would
 * show a difference from a spec that never mentioned it.
 */
import { isOwnershipTag, normalizeRepository, OWNER_TAG_ADDRESS, OWNER_TAG_ENVIRONMENT, OWNER_TAG_REPOSITORY, OWNER_TAG_SHARE_PREFIX, repositoryKey, } from "../provider.js";
import { encodeLabel, shortHash } from "./names.js";
export const LABEL_ENVIRONMENT = "plagentic-environment";
export const LABEL_ADDRESS = "plagentic-address";
export const LABEL_REPOSITORY = "plagentic-repository";
/** `plagentic-share-<repositoryKey(other)>` = `repositoryLabel(other)`, as the share tags say. */
export const LABEL_SHARE_PREFIX = "plagentic-share-";
/** An instance's marker: its ownership tags as JSON. */
export const METADATA_OWNERSHIP = "plagentic-ownership";
export const METADATA_OMITTED = "plagentic-omitted";
/** Where instances made before the marker kept their address (read only; see instance.ts). */
export const LEGACY_METADATA_ADDRESS = "plagentic-address";
export const METADATA_BOOT_DISK = "plagentic-boot-disk";
const MARKER_OMITTED = "plagentic:omitted";
const MARKER_IMAGE = "plagentic:image";
const HASHED = "h_";
const MAX_LABEL = 63;
export function describeOwned(marker) {
    return JSON.stringify({
        ...marker.tags,
        ...(marker.omitted.length > 0 && { [MARKER_OMITTED]: marker.omitted }),
        ...(marker.description !== undefined && { description: marker.description }),
        ...(marker.image !== undefined && { [MARKER_IMAGE]: marker.image }),
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
    const text = (key) => (typeof o[key] === "string" ? o[key] : undefined);
    const description_ = text("description");
    const image = text(MARKER_IMAGE);
    return {
        tags,
        omitted,
        ...(description_ !== undefined && { description: description_ }),
        ...(image !== undefined && { image }),
    };
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
export function environmentLabel(environment) {
    const env = encodeLabel(environment);
    if (env === undefined) {
        throw new Error(`environment name ${JSON.stringify(environment)} does not fit a GCE label value`);
    }
    return env;
}
/** The label filter of an environment's labelled resources in a list call. */
export function environmentFilter(environment) {
    return `labels.${LABEL_ENVIRONMENT} = "${environmentLabel(environment)}"`;
}
/** The label (key and value) standing for one ownership tag; undefined when it has none. */
function labelOf(key, value) {
    try {
        if (key === OWNER_TAG_ENVIRONMENT) {
            const env = encodeLabel(value);
            return env === undefined ? undefined : [LABEL_ENVIRONMENT, env];
        }
        if (key === OWNER_TAG_REPOSITORY)
            return [LABEL_REPOSITORY, repositoryLabel(value)];
        if (key === OWNER_TAG_ADDRESS)
            return [LABEL_ADDRESS, encodeLabel(value) ?? `${HASHED}${shortHash(value, 40)}`];
        if (key.startsWith(OWNER_TAG_SHARE_PREFIX)) {
            return [LABEL_SHARE_PREFIX + key.slice(OWNER_TAG_SHARE_PREFIX.length), repositoryLabel(value)];
        }
    }
    catch {
        // A value that is no repository name (read from the cloud, so anything) stands for no label.
    }
    return undefined;
}
/** The labels a resource carrying ownership `tags` is written with (ownershipTags, in label form). */
export function ownershipLabels(tags) {
    const out = {};
    for (const [key, value] of Object.entries(tags)) {
        const label = labelOf(key, value);
        if (label)
            out[label[0]] = label[1];
    }
    return out;
}
/**
 * The ownership tags of a marker that its resource's labels agree with: none at all when the
 * environment, repository or address labels differ (a label copied onto a hand-made resource, or
 * a marker without labels, is nobody's), and only the shares both name.
 */
export function agreedOwnership(tags, labels) {
    const agreed = {};
    for (const [key, value] of Object.entries(tags)) {
        const label = labelOf(key, value);
        const matches = label !== undefined && labels[label[0]] === label[1];
        if (matches)
            agreed[key] = value;
        else if (!key.startsWith(OWNER_TAG_SHARE_PREFIX))
            return {};
    }
    return agreed;
}
export function isOwnerLabel(key) {
    return (key === LABEL_ENVIRONMENT ||
        key === LABEL_ADDRESS ||
        key === LABEL_REPOSITORY ||
        key.startsWith(LABEL_SHARE_PREFIX));
}
