import { OWNER_TAG_ADDRESS, OWNER_TAG_ENVIRONMENT } from "../provider.js";
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
/** Tags users can set; `plagentic:` ones are ours and `aws:` ones are AWS's own. */
export function userTags(tags) {
    const out = {};
    for (const t of tags ?? []) {
        if (t.Key === undefined || t.Key.startsWith("plagentic:") || t.Key.startsWith("aws:"))
            continue;
        out[t.Key] = t.Value ?? "";
    }
    return out;
}
export function tagValue(tags, key) {
    return tags?.find((t) => t.Key === key)?.Value;
}
export function ownedTags(environment, address, tags, extra = {}) {
    const all = { ...tags, ...extra, [OWNER_TAG_ENVIRONMENT]: environment, [OWNER_TAG_ADDRESS]: address };
    return Object.entries(all)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([Key, Value]) => ({ Key, Value }));
}
export function tagSpec(resourceType, tags) {
    return { ResourceType: resourceType, Tags: tags };
}
/** Server-side filter on the environment's ownership tag. */
export function environmentFilter(environment) {
    return { Name: `tag:${OWNER_TAG_ENVIRONMENT}`, Values: [environment] };
}
export function unsetPaths(tags) {
    const v = tagValue(tags, UNSET_TAG);
    return new Set(v ? v.split(",").filter(Boolean) : []);
}
