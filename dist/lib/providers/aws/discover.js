/**
 * Which optional AWS types (handlers whose SDK loads only when used) have resources in an
 * environment whose spec does not mention them: one paged GetResources of the Resource Groups
 * Tagging API for all of them, instead of loading each service's SDK and listing it. A resource
 * of a type the spec dropped is found this way, and so planned for deletion.
 */
import { importOptional } from "../../optional-module.js";
import { OWNER_TAG_ENVIRONMENT, ownedBy } from "../provider.js";
import { toProviderError } from "./errors.js";
import { tagMap } from "./tags.js";
/** GetResources serves at most 100 resources a page. */
const PAGE_SIZE = 100;
/**
 * Whether `arn` is of `taggingType` (`service:resource-type`, as GetResources' filter takes it):
 * `arn:aws:elasticloadbalancing:…:loadbalancer/app/…`, `arn:aws:rds:…:db:…`,
 * `arn:aws:eks:…:nodegroup/…`.
 */
export function arnIsOfType(arn, taggingType) {
    const [service, kind] = taggingType.split(":");
    const parts = arn.split(":");
    if (parts.length < 6 || parts[0] !== "arn" || parts[2] !== service)
        return false;
    if (kind === undefined || kind === "")
        return true;
    const resource = parts.slice(5).join(":");
    return resource === kind || resource.startsWith(`${kind}/`) || resource.startsWith(`${kind}:`);
}
/**
 * The types among `types` that `target`'s environment holds resources of (owned by it, or
 * shared with it). A type whose handler names no `taggingType` cannot be asked about, so it is
 * always reported: listing it is the only way to know. If the tagging API cannot be read, every
 * type is reported, with a progress line: listing each is slower, but never misses a resource.
 */
export async function discoverTypes(ctx, target, types, handlers) {
    const taggingTypeOf = new Map();
    const found = new Set();
    for (const type of types) {
        const taggingType = Object.hasOwn(handlers, type) ? handlers[type].taggingType : undefined;
        if (taggingType)
            taggingTypeOf.set(type, taggingType);
        else
            found.add(type);
    }
    if (taggingTypeOf.size === 0)
        return found;
    try {
        await findTagged(ctx, target, taggingTypeOf, found);
    }
    catch (e) {
        const err = toProviderError(e, "asking the Resource Groups Tagging API which services the environment uses");
        ctx.progress?.(`${err.message}; listing ${[...taggingTypeOf.keys()].join(", ")} one by one instead`);
        return new Set(types);
    }
    return found;
}
async function findTagged(ctx, target, taggingTypeOf, found) {
    const missing = () => [...taggingTypeOf].filter(([type]) => !found.has(type));
    const note = (tagged) => {
        for (const r of tagged) {
            // Another repository's environment of the same name is not ours to list.
            if (!ownedBy(r.tags, target))
                continue;
            for (const [type, taggingType] of missing())
                if (arnIsOfType(r.arn, taggingType))
                    found.add(type);
        }
    };
    // Nothing more to learn once every type asked about has turned up.
    await taggedResources(ctx, target, [...new Set(taggingTypeOf.values())], (page) => {
        note(page);
        return missing().length === 0;
    });
}
/**
 * The environment's resources of `taggingTypes`, in calls that grow with pages; `enough`, given
 * each page, stops the walk early once the caller has what it needs. A handler whose service has
 * no bulk read of its own (Lambda) lists itself this way.
 */
export async function taggedResources(ctx, target, taggingTypes, enough = () => false) {
    const sdk = await importOptional("aws", () => import("@aws-sdk/client-resource-groups-tagging-api"));
    const client = ctx.client("RESOURCE_GROUPS_TAGGING_API", (config) => new sdk.ResourceGroupsTaggingAPIClient(config));
    const out = [];
    let token;
    do {
        // The filter stays the same on every page: a page token belongs to the query that made it.
        const r = await client.send(new sdk.GetResourcesCommand({
            TagFilters: [{ Key: OWNER_TAG_ENVIRONMENT, Values: [target.environment] }],
            ResourceTypeFilters: [...taggingTypes],
            ResourcesPerPage: PAGE_SIZE,
            ...(token && { PaginationToken: token }),
        }));
        const page = (r.ResourceTagMappingList ?? []).flatMap((m) => m.ResourceARN ? [{ arn: m.ResourceARN, tags: tagMap(m.Tags) }] : []);
        out.push(...page);
        token = r.PaginationToken || undefined;
        if (enough(page))
            break;
    } while (token !== undefined);
    return out;
}
