import { PlagenticError } from "../../spec/errors.js";
import { omittedPaths, withoutPaths } from "../omitted.js";
import { isOwnershipTag, OWNER_TAG_ADDRESS, OWNER_TAG_ENVIRONMENT, ownedBy, ProviderOperationError, } from "../provider.js";
import { OMITTABLE } from "./bodies.js";
import { canonicalId, groupId, parseId } from "./names.js";
/** Properties the spec left out at create, kept so that reads leave them out again. */
export const OWNER_TAG_OMITTED = "plagentic:omitted";
export function azureContext(s, target) {
    const memo = new Map();
    const once = (key, load) => {
        let p = memo.get(key);
        if (!p)
            memo.set(key, (p = load()));
        return p;
    };
    const ctx = {
        target,
        clients: (subscription) => s.clientsFor(subscription ?? s.subscriptionOf(target)),
        service: (make, subscription) => s.serviceFor(make, subscription ?? s.subscriptionOf(target)),
        groupOf(op) {
            const ref = op.attributes["resource_group"];
            if (typeof ref === "string") {
                const parts = parseId(ref);
                if (parts)
                    return parts.resourceGroup;
            }
            const group = s.defaultGroup(op.target);
            if (!group) {
                throw new ProviderOperationError("MissingResourceGroup", `${op.address} has no resource_group and the environment names none (resource_group: in the spec)`);
            }
            return group;
        },
        clock: s.clock,
        progress: s.progress,
        groups: () => once("resource groups", () => {
            // ARM filters on one tag only; the repository (or a share) is checked on each resource.
            const env = target.environment.replace(/'/g, "''");
            const filter = `tagName eq '${OWNER_TAG_ENVIRONMENT}' and tagValue eq '${env}'`;
            return guarded(() => all(ctx.clients().resources.resourceGroups.list({ filter })));
        }),
        inGroups: (key, list) => once(key, async () => {
            const c = ctx.clients();
            const fallback = s.defaultGroup(target);
            const names = new Set((await ctx.groups()).map((g) => (g.name ?? "").toLowerCase()).filter(Boolean));
            const toRead = [
                ...(fallback ? [fallback] : []),
                ...[...names].filter((n) => n !== fallback?.toLowerCase()),
            ];
            const out = [];
            for (const group of toRead) {
                try {
                    out.push(...(await guarded(() => all(list(c, group)))));
                }
                catch (e) {
                    // The environment's group may not exist yet; nothing in it then.
                    if (!(isNotFound(e) && group === fallback))
                        throw e;
                }
            }
            return out;
        }),
    };
    return ctx;
}
/** A tag users set: none of Plagentic's (ownership, or the omitted list). */
export function isUserTag(key) {
    return !isOwnershipTag(key) && key.toLowerCase() !== OWNER_TAG_OMITTED;
}
/**
 * The tags a PUT writes: the spec's own (never an ownership tag: a spec cannot claim or share a
 * resource), `ownership` (a create's, or what an update keeps), and the omitted list.
 */
export function ownedTags(op, ownership) {
    const omitted = omittedPaths(op.attributes, OMITTABLE[op.type] ?? []);
    return {
        ...Object.fromEntries(Object.entries(op.tags).filter(([k]) => isUserTag(k))),
        ...ownership,
        ...(omitted.length > 0 && { [OWNER_TAG_OMITTED]: omitted.join(",") }),
    };
}
/**
 * The live form of a tagged resource, or undefined when `target` neither owns nor is shared it.
 * `state` is ARM's provisioningState when unusable, unless the type says otherwise.
 */
export function tagged(type, resource, target, attributes, state = unusableState(resource)) {
    const tags = resource.tags ?? {};
    const address = tags[OWNER_TAG_ADDRESS];
    if (!ownedBy(tags, target) || !address)
        return undefined;
    const omitted = (tags[OWNER_TAG_OMITTED] ?? "").split(",").filter(Boolean);
    const userTags = Object.fromEntries(Object.entries(tags).filter(([k]) => isUserTag(k)));
    return {
        address,
        type,
        id: canonicalId(resource.id),
        attributes: withoutPaths(attributes, omitted),
        tags: userTags,
        ...(state !== undefined && { state }),
    };
}
/**
 * ARM's provisioningState when it says the resource is not usable. A PUT that ended `Failed`
 * leaves the resource with its tags, so without this the next plan would see nothing to do.
 */
export function unusableState(resource) {
    const r = resource;
    const state = r.provisioningState ?? r.properties?.provisioningState;
    return typeof state === "string" && /^(failed|deleting|canceled)$/i.test(state) ? state : undefined;
}
/** A PUT's answer as live state; it must still carry the tags just written. */
export function mine(r, what) {
    if (!r)
        throw new ProviderOperationError("OwnershipMismatch", `${what} came back without its tags`);
    return r;
}
/** `attributes` with the resource group the resource's id names. */
export function placed(resource, attributes) {
    const parts = parseId(resource.id ?? "");
    return parts
        ? { ...attributes, resource_group: groupId(parts.subscription, parts.resourceGroup) }
        : attributes;
}
/** The location a PUT sends: the spec's, else the environment's region. */
export function locationOf(op) {
    return typeof op.attributes["location"] === "string" ? op.attributes["location"] : op.target.region;
}
/** The parts of an Azure resource id, or InvalidId. */
export function partsOf(id) {
    const parts = parseId(id);
    if (!parts)
        throw new ProviderOperationError("InvalidId", `${id} is not an Azure resource id`);
    return parts;
}
/** A resource as the dispatcher sees it: its tags, and its id and name. */
export function foundOf(r, name) {
    return { id: canonicalId(r.id), tags: r.tags ?? {}, resource: r, ...(name !== undefined && { name }) };
}
/** A GET that answers undefined when the resource (or its group) does not exist. */
export async function getOrNothing(fn) {
    try {
        return await guarded(fn);
    }
    catch (e) {
        if (isNotFound(e))
            return undefined;
        throw e;
    }
}
/** Every item of a paged list, page by page (each page one request, following nextLink). */
export async function all(iterator) {
    const out = [];
    for await (const page of iterator.byPage())
        out.push(...page);
    return out;
}
export function isNotFound(e) {
    if (!(e instanceof ProviderOperationError))
        return false;
    return ["ResourceNotFound", "NotFound", "ResourceGroupNotFound", "HTTP_404"].includes(e.code);
}
/**
 * SDK failures as ProviderOperationError with Azure's error code: a RestError carries it as
 * `code`; a failed long-running operation carries the async operation's `error.code`.
 */
const LRO_FAILED = /^The long-running operation has failed\. ([A-Za-z0-9_.]+)\. ([\s\S]*)$/;
export async function guarded(fn) {
    try {
        return await fn();
    }
    catch (e) {
        if (e instanceof ProviderOperationError || e instanceof PlagenticError)
            throw e;
        const err = e;
        // core-lro reports a Failed operation as a plain Error: "...has failed. <code>. <message>".
        const lro = typeof err.message === "string" ? LRO_FAILED.exec(err.message) : null;
        if (lro)
            throw new ProviderOperationError(lro[1], lro[2]);
        const code = typeof err.code === "string" && err.code !== ""
            ? err.code
            : typeof err.statusCode === "number"
                ? `HTTP_${err.statusCode}`
                : "AzureError";
        throw new ProviderOperationError(code, typeof err.message === "string" ? err.message : String(e));
    }
}
