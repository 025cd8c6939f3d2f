/**
 * What every AWS resource handler shares: the region's EC2 client, the clock to wait with, and the
 * steps each type repeats (one call with its error named, one Describe by id, tags converged, a
 * delete retried past DependencyViolation).
 */
import { CreateTagsCommand, DeleteTagsCommand } from "@aws-sdk/client-ec2";
import { OWNER_TAG_ENVIRONMENT, OWNER_TAG_REPOSITORY, ProviderOperationError, } from "../provider.js";
import { errorCode, isNotFound, toProviderError } from "./errors.js";
import { ownershipChanges, tagMap, tagValue, TOKEN_TAG, userTags, writableTags } from "./tags.js";
import { waitFor } from "../waiting.js";
/** Sends one command, turning SDK errors into ProviderOperationErrors that name the step. */
export async function call(doing, send) {
    try {
        return await send();
    }
    catch (e) {
        throw toProviderError(e, doing);
    }
}
/** One Describe by id: undefined when EC2 says the id is not found. */
export async function describeOne(id, send) {
    try {
        return await send();
    }
    catch (e) {
        if (isNotFound(e))
            return undefined;
        throw toProviderError(e, `reading ${id}`);
    }
}
/** An EC2 description in the dispatcher's form. */
export function found(id, resource) {
    return { id, tags: tagMap(resource.Tags), resource };
}
/**
 * Filters for the resources an earlier attempt of `op` tagged with its token, in this
 * environment, by this very repository (the dispatcher then checks the address).
 */
export function tokenFilters(op) {
    return [
        { Name: `tag:${TOKEN_TAG}`, Values: [op.token] },
        { Name: `tag:${OWNER_TAG_ENVIRONMENT}`, Values: [op.target.environment] },
        { Name: `tag:${OWNER_TAG_REPOSITORY}`, Values: [op.target.repository] },
    ];
}
/**
 * What earlier attempts of `op` left, found by their token tag: `describe` sends the type's
 * Describe call with `filters` (tokenFilters, plus any of its own) and answers its items.
 */
export async function byToken(op, idOf, describe) {
    const items = await call(`looking for an earlier attempt at ${op.type}`, () => describe(tokenFilters(op)));
    return (items ?? []).flatMap((r) => {
        const id = idOf(r);
        return id ? [found(id, r)] : [];
    });
}
/** The id a create call returned, which EC2 always sends. */
export function createdId(id, call, op) {
    if (!id)
        throw new ProviderOperationError("InvalidResponse", `${call} for ${op.address} returned no id`);
    return id;
}
/**
 * Sets user tags (and our private ones in `extra`) to exactly what the operation says, and the
 * ownership tags to what an update by the operation's repository keeps (ownershipChanges).
 */
export async function convergeTags(ctx, id, current, op, extra = {}) {
    const have = userTags(current);
    const want = writableTags(op.tags);
    const ownership = ownershipChanges(current, op.target, op.address);
    const set = [...ownership.set];
    for (const [Key, Value] of Object.entries(want))
        if (have[Key] !== Value)
            set.push({ Key, Value });
    const remove = [
        ...ownership.remove,
        ...Object.keys(have)
            .filter((k) => !(k in want))
            .map((Key) => ({ Key })),
    ];
    for (const [Key, Value] of Object.entries(extra)) {
        const now = tagValue(current, Key);
        if (Value === undefined) {
            if (now !== undefined)
                remove.push({ Key });
        }
        else if (now !== Value)
            set.push({ Key, Value });
    }
    if (remove.length > 0)
        await call(`removing tags from ${id}`, () => ctx.ec2.send(new DeleteTagsCommand({ Resources: [id], Tags: remove })));
    if (set.length > 0)
        await call(`tagging ${id}`, () => ctx.ec2.send(new CreateTagsCommand({ Resources: [id], Tags: set })));
}
/**
 * Deletes a VPC, subnet or group. DependencyViolation is retried until the timeout: interfaces
 * of just-terminated instances linger for a while and hold on to their subnet and groups. EC2
 * never deletes what a VPC or subnet holds (unlike an Azure resource group), so no container
 * check is needed here: anything left inside, ours or not, makes the delete fail.
 */
export function deleteWhenFree(ctx, id, remove) {
    return retryWhileBusy(ctx, "DependencyViolation", `deleting ${id}`, `${id} to be free of dependents`, remove);
}
/**
 * Runs `remove` until it succeeds or finds nothing, retrying while EC2 answers `busy` (something
 * else still holds the resource); past the timeout the last such error is raised, naming `doing`.
 */
export async function retryWhileBusy(ctx, busy, doing, waitingFor, remove) {
    let lastError;
    try {
        await waitFor(ctx.clock, waitingFor, async () => {
            try {
                await remove();
                return true;
            }
            catch (e) {
                if (isNotFound(e))
                    return true;
                if (errorCode(e) !== busy)
                    throw toProviderError(e, doing);
                lastError = e;
                return undefined;
            }
        });
    }
    catch (e) {
        if (e instanceof ProviderOperationError && e.code === "Timeout" && lastError !== undefined)
            throw toProviderError(lastError, doing);
        throw e;
    }
}
/**
 * Deletes `id` and waits until `isGone` says so; already gone is what a delete wants. What comes
 * next may need it really gone (an address is released only after its NAT gateway is).
 */
export async function deleteAndWait(ctx, { id, address }, remove, isGone) {
    try {
        await remove();
    }
    catch (e) {
        if (isNotFound(e))
            return;
        throw toProviderError(e, `deleting ${id}`);
    }
    ctx.progress?.(`${address}: waiting for ${id} to be deleted`);
    await waitFor(ctx.clock, `${id} to be deleted`, async () => ((await isGone()) ? true : undefined));
}
