import { omittedPaths } from "../omitted.js";
import { OWNER_TAG_ADDRESS } from "../provider.js";
import { withoutUnset } from "./live-state.js";
import { ownedTags, ownershipChanges, tagMap, unsetPaths, UNSET_TAG, userTags, writableTags, } from "./tags.js";
/** Tags as RDS and EKS store them (see above). */
export function toServiceTags(tags) {
    const out = { ...tags };
    const address = out[OWNER_TAG_ADDRESS];
    if (address !== undefined)
        out[OWNER_TAG_ADDRESS] = address.replace(/\[(\d+)\]$/, ".$1");
    if (out[UNSET_TAG] !== undefined)
        out[UNSET_TAG] = out[UNSET_TAG].replace(/,/g, " ");
    return out;
}
/** Tags read from RDS or EKS in the form the rest of Plagentic (and ownedAt) compares. */
export function fromServiceTags(tags) {
    const out = { ...tags };
    const address = out[OWNER_TAG_ADDRESS];
    const counted = address === undefined ? null : /^([a-z][a-z0-9_]*\.[A-Za-z_][A-Za-z0-9_-]*)\.(\d+)$/.exec(address);
    if (counted)
        out[OWNER_TAG_ADDRESS] = `${counted[1]}[${counted[2]}]`;
    if (out[UNSET_TAG] !== undefined)
        out[UNSET_TAG] = out[UNSET_TAG].trim().replace(/\s+/g, ",");
    return out;
}
export function asTagList(tags) {
    return Object.entries(tags ?? {}).map(([Key, Value]) => ({ Key, Value }));
}
/** Every tag a create writes, as a map: the spec's, the private `extra` ones, the ownership tags. */
export function createTags(op, extra) {
    return toServiceTags(tagMap(ownedTags(op, extra)));
}
/**
 * UNSET_TAG's value for `op`: which of `candidates` the spec leaves out (an empty list counts as
 * left out for the paths in `emptyLists`, where AWS fills in its own default).
 */
export function unsetValue(op, candidates, emptyLists = []) {
    const empty = emptyLists.filter((k) => {
        const v = op.attributes[k];
        return v === undefined || (Array.isArray(v) && v.length === 0);
    });
    const paths = [...omittedPaths(op.attributes, candidates), ...empty];
    return paths.length > 0 ? paths.join(",") : undefined;
}
/**
 * The tags to set and the keys to remove so that a resource carrying `current` carries what an
 * update by `op` writes: the spec's user tags exactly, the ownership tags an update keeps
 * (identityTagsAfterUpdate), and the private tags in `extra` (undefined: removed). `current` is
 * in the usual form (fromServiceTags); what to set comes back in the stored one.
 */
export function tagChanges(current, op, extra) {
    const list = asTagList(current);
    const have = userTags(list);
    const want = writableTags(op.tags);
    const ownership = ownershipChanges(list, op.target, op.address);
    const set = Object.fromEntries(ownership.set.map((t) => [t.Key, t.Value ?? ""]));
    for (const [k, v] of Object.entries(want))
        if (have[k] !== v)
            set[k] = v;
    const remove = [...ownership.remove.map((t) => t.Key), ...Object.keys(have).filter((k) => !(k in want))];
    for (const [k, v] of Object.entries(extra)) {
        if (v === undefined) {
            if (k in current)
                remove.push(k);
        }
        else if (current[k] !== v)
            set[k] = v;
    }
    return { set: toServiceTags(set), remove };
}
/**
 * A resource's live state from its tags and its attributes under the spec's names; undefined when
 * it carries no address tag (so it is not one of ours).
 */
export function serviceLive(type, id, tags, attributes, state) {
    const address = tags[OWNER_TAG_ADDRESS];
    if (address === undefined)
        return undefined;
    const list = asTagList(tags);
    return {
        address,
        type,
        id,
        attributes: withoutUnset(type, attributes, unsetPaths(list)),
        tags: userTags(list),
        ...(state !== undefined && { state }),
    };
}
