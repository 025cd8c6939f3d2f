import { identityTagsAfterUpdate, isOwnershipTag, OWNER_TAG_ADDRESS, OWNER_TAG_ENVIRONMENT, ownershipTags, } from "../provider.js";
/** Idempotency token of the create that made a VPC, subnet or security group (they take no ClientToken). */
export const TOKEN_TAG = "plagentic:token";
/**
 * Properties the spec left unset at create, which AWS then filled in (a subnet's zone, an
 * instance's default subnet). Reading them back would show a difference the spec never asked
 * for, so live state leaves them out. Dotted paths, comma-separated.
 */
export const UNSET_TAG = "plagentic:unset";
/** On an instance's root volume: the instance address it belongs to (volumes are not resources). */
export const VOLUME_OF_TAG = "plagentic:volume-of";
/**
 * On an RDS instance: `true` when its delete skips the final snapshot (the spec's
 * skip_final_snapshot), which RDS does not record. Absent or anything else: the snapshot is taken.
 */
export const SKIP_FINAL_SNAPSHOT_TAG = "plagentic:skip-final-snapshot";
const PRIVATE_TAGS = new Set([TOKEN_TAG, UNSET_TAG, VOLUME_OF_TAG, SKIP_FINAL_SNAPSHOT_TAG]);
/** A tag users set: not one of Plagentic's (ownership or private) and not AWS's own `aws:`. */
export function isUserTag(key) {
    return !isOwnershipTag(key) && !PRIVATE_TAGS.has(key) && !key.startsWith("aws:");
}
export function userTags(tags) {
    const out = {};
    for (const t of tags ?? [])
        if (t.Key !== undefined && isUserTag(t.Key))
            out[t.Key] = t.Value ?? "";
    return out;
}
/** The spec's tags that may be written: a spec cannot set ownership or our private tags. */
export function writableTags(tags) {
    return Object.fromEntries(Object.entries(tags).filter(([key]) => isUserTag(key)));
}
/** Every tag as a map, the form the ownership checks in provider.ts take. */
export function tagMap(tags) {
    const out = {};
    for (const t of tags ?? [])
        if (t.Key !== undefined)
            out[t.Key] = t.Value ?? "";
    return out;
}
export function tagValue(tags, key) {
    return tags?.find((t) => t.Key === key)?.Value;
}
/** The tags a create writes: the spec's, our private `extra` ones, and the ownership tags. */
export function ownedTags(op, extra = {}) {
    return asTags({ ...writableTags(op.tags), ...extra, ...ownershipTags(op.target, op.address) });
}
/**
 * The ownership tags (address included) a resource should carry after an update by `target`, and
 * those it carries that must go (share tags its owner no longer writes).
 */
export function ownershipChanges(current, target, address) {
    const have = tagMap(current);
    const want = { ...identityTagsAfterUpdate(have, target), [OWNER_TAG_ADDRESS]: address };
    return {
        set: asTags(want).filter((t) => have[t.Key] !== t.Value),
        remove: Object.keys(have)
            .filter((k) => isOwnershipTag(k) && !(k in want))
            .map((Key) => ({ Key })),
    };
}
/**
 * Tags of an instance's root volume (volumes are not resources of their own): the instance's
 * identity, so that the bulk read of the environment's volumes finds it, and which instance it is.
 */
export function volumeTags(instanceTags, address) {
    const identity = Object.entries(tagMap(instanceTags)).filter(([key]) => isOwnershipTag(key) && key !== OWNER_TAG_ADDRESS);
    return asTags({ ...Object.fromEntries(identity), [VOLUME_OF_TAG]: address });
}
function asTags(all) {
    return Object.entries(all)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([Key, Value]) => ({ Key, Value }));
}
export function tagSpec(resourceType, tags) {
    return { ResourceType: resourceType, Tags: tags };
}
/**
 * Server-side filter on the environment's ownership tag. The repository is checked client-side
 * (ownedBy): a shared resource carries its owner's repository, not the reader's.
 */
export function environmentFilter(environment) {
    return { Name: `tag:${OWNER_TAG_ENVIRONMENT}`, Values: [environment] };
}
export function unsetPaths(tags) {
    const v = tagValue(tags, UNSET_TAG);
    return new Set(v ? v.split(",").filter(Boolean) : []);
}
