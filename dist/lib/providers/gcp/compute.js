/**
 * The steps Compute Engine handlers share: ids, the marker a create writes and a read decides
 * ownership on (ownership.ts), bulk lists, inserts that find their earlier attempt, and deletes.
 */
import { createHash } from "node:crypto";
import { omittedPaths, withoutPaths } from "../omitted.js";
import { createdBy, isOwnershipTag, OWNER_TAG_ADDRESS, ProviderOperationError, } from "../provider.js";
import { OMITTABLE, str } from "./bodies.js";
import { getOrNothing, guarded, isAlreadyExists, isNotFound } from "./errors.js";
import { isLabelKey, isLabelValue, parseResourcePath, resourceName, resourcePath, } from "./names.js";
import { agreedOwnership, describeOwned, isOwnerLabel, readDescription } from "./ownership.js";
export const PAGE_SIZE = 500;
/** Every item of a list call, page by page (one request per page). */
export async function collect(items) {
    return guarded(async () => {
        const out = [];
        for await (const item of items)
            out.push(item);
        return out;
    });
}
/** The parts of a GCE id of `kind`, or InvalidId. */
export function refOf(id, kind, type) {
    const ref = parseResourcePath(id);
    if (!ref || ref.kind !== kind)
        throw new ProviderOperationError("InvalidId", `${id} is not the id of a ${type}`);
    return ref;
}
export function scopeName(scope) {
    return scope.kind === "region" ? scope.region : scope.kind === "zone" ? scope.zone : "global";
}
/** GCE picks no zone for an instance or disk; `-b` exists in nearly every region (`-a` does not). */
export function defaultZone(region) {
    return `${region}-b`;
}
/** A UUID-shaped requestId for one step of an update, stable across retries of the same plan. */
export function stepRequestId(token, step) {
    const h = createHash("sha256").update(`${token}\n${step}`).digest("hex");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
/** Where a create goes: the name its token gives, in `scope`. */
export function placeOf(ctx, op, kind, scope) {
    return {
        project: ctx.project,
        kind,
        scope,
        name: resourceName(op.target.environment, op.address, op.token),
    };
}
/** The description marker a create writes, or an update with the ownership tags it keeps. */
export function markerOf(op, ownership, image) {
    const description = str(op.attributes, "description");
    return describeOwned({
        tags: ownership,
        omitted: omittedPaths(op.attributes, OMITTABLE[op.type] ?? []),
        ...(description !== undefined && { description }),
        ...(image !== undefined && { image }),
    });
}
/**
 * The spec's tags as GCE labels. A spec can write no ownership label or tag, so it can neither
 * claim nor share a resource.
 */
export function userLabels(op) {
    const user = Object.entries(op.tags).filter(([k]) => !isOwnerLabel(k) && !isOwnershipTag(k));
    for (const [k, v] of user) {
        if (!isLabelKey(k) || !isLabelValue(v)) {
            throw new ProviderOperationError("InvalidLabel", `tag ${k}=${v} is not a valid GCE label (keys and values: lower-case letters, digits, _ and -, at most 63)`);
        }
    }
    return Object.fromEntries(user);
}
/**
 * A resource as the dispatcher sees it: the ownership tags of its marker (agreed with its labels
 * when the type has labels) and its user labels. Without a marker it carries no ownership tag.
 */
export function foundOf(id, resource, marker, labels) {
    const tags = readDescription(marker)?.tags ?? {};
    const user = Object.entries(labels ?? {}).filter(([k]) => !isOwnerLabel(k) && !isOwnershipTag(k));
    const ownership = labels === undefined ? tags : agreedOwnership(tags, labels ?? {});
    return {
        id,
        tags: { ...Object.fromEntries(user), ...ownership },
        resource,
        name: id.slice(id.lastIndexOf("/") + 1),
    };
}
/** The live form of an owned resource; `omitted` properties are left out (see ownership.ts). */
export function liveOf(type, found, attributes, omitted) {
    const address = found.tags[OWNER_TAG_ADDRESS];
    if (address === undefined)
        return undefined;
    const tags = Object.fromEntries(Object.entries(found.tags).filter(([k]) => !isOwnershipTag(k)));
    return { address, type, id: found.id, attributes: withoutPaths(attributes, omitted), tags };
}
/** One resource by id, through `get`, or undefined when it is gone. */
export async function readOne(get, found) {
    const got = await getOrNothing(get);
    return got && found(got[0]);
}
/**
 * Inserts with `requestId` = the token (GCE answers a repeated one with the first operation) and
 * waits. A name already taken, when GCE has forgotten the requestId, is this create's earlier
 * attempt only if it carries this operation's marker; anything else there is left untouched.
 */
export async function insertOnce(ctx, op, ref, insert, read) {
    const id = resourcePath(ref);
    try {
        await ctx.operate(ref.scope, `${op.address} (${ref.name})`, () => insert(op.token));
    }
    catch (e) {
        if (!isAlreadyExists(e))
            throw e;
        const there = await read(id);
        if (!there || !createdBy(there.tags, op.target, op.address)) {
            throw new ProviderOperationError("AlreadyExists", `a resource named ${ref.name} already exists and Plagentic does not own it as ${op.address} of ${op.target.environment}; it was left untouched`);
        }
    }
    return id;
}
/** Deletes and waits; already gone is what a delete wants. */
export async function deleteOne(ctx, resource, ref, remove) {
    const requestId = stepRequestId(`${resource.id}\n${resource.address}`, "delete");
    try {
        await ctx.operate(ref.scope, `${resource.address} (${ref.name})`, () => remove(requestId));
    }
    catch (e) {
        if (!isNotFound(e))
            throw e;
    }
}
/** Whether a property differs between the spec and live state. */
export function differs(want, have, key) {
    return JSON.stringify(want[key] ?? null) !== JSON.stringify(have[key] ?? null);
}
/** Whether two label (or tag) sets hold the same entries, in any order. */
export function sameEntries(a, b) {
    const sorted = (o) => JSON.stringify(Object.entries(o).sort(([x], [y]) => (x < y ? -1 : 1)));
    return sorted(a) === sorted(b);
}
