/**
 * Ownership (invariant 3): the tags every resource Plagentic creates carries, on every cloud, and
 * the rules that decide on them. Providers report a resource's ownership in this form
 * (`Found.tags`), and the dispatcher decides with `ownedBy`, `ownedAt` and `createdBy`.
 */
import { createHash } from "node:crypto";
/** Tag keys that mark a resource as Plagentic's (invariant 3). GCP maps them to label form. */
export const OWNER_TAG_ENVIRONMENT = "plagentic:environment";
export const OWNER_TAG_ADDRESS = "plagentic:address";
/** The repository (`owner/name`, lower case) whose environment owns the resource. */
export const OWNER_TAG_REPOSITORY = "plagentic:repository";
/**
 * `plagentic:share:<repositoryKey(other)>`, present when the owning repository's default-branch
 * config shares the environment with `other` (`sharing:` in config.yaml). Only the owner writes it.
 */
export const OWNER_TAG_SHARE_PREFIX = "plagentic:share:";
/** The identity a run acts as when it belongs to no repository (a plain CLI run). */
export const LOCAL_REPOSITORY = "local";
const REPOSITORY = /^[a-z0-9](?:[a-z0-9-]{0,38})\/[a-z0-9._-]{1,100}$/;
/**
 * `Owner/Name` as every tag and label stores it: lower case, since GitHub names are
 * case-insensitive. Throws on anything that is not a repository name (or `local`).
 */
export function normalizeRepository(repository) {
    const r = repository.trim().toLowerCase();
    if (r === LOCAL_REPOSITORY || REPOSITORY.test(r))
        return r;
    throw new Error(`"${repository}" is not a repository name (owner/name)`);
}
/**
 * A short, fixed-length key for a repository, safe in every cloud's tag keys and GCP's labels
 * (`[a-z0-9_-]`): the first 16 hex digits of sha256 of the normalized name.
 */
export function repositoryKey(repository) {
    return createHash("sha256").update(normalizeRepository(repository)).digest("hex").slice(0, 16);
}
export const LOCAL_IDENTITY = { repository: LOCAL_REPOSITORY, sharedWith: [] };
/** The ownership tags a resource carries for `target`, besides its address. */
export function identityTags(target) {
    const tags = {
        [OWNER_TAG_ENVIRONMENT]: target.environment,
        [OWNER_TAG_REPOSITORY]: target.repository,
    };
    for (const other of target.sharedWith ?? []) {
        // Share tags are compared with normalized names, so one written in another case would not count.
        const name = normalizeRepository(other);
        if (name !== target.repository)
            tags[OWNER_TAG_SHARE_PREFIX + repositoryKey(name)] = name;
    }
    return tags;
}
/** Every ownership tag a resource created by `target` at `address` carries. */
export function ownershipTags(target, address) {
    return { ...identityTags(target), [OWNER_TAG_ADDRESS]: address };
}
/**
 * The identity tags a resource keeps through an update by `target` (which must own it or be
 * shared it). The owning repository writes its current share tags, so a changed `sharing:` takes
 * effect; a repository it is shared with keeps the owner's tags and never takes the resource over.
 */
export function identityTagsAfterUpdate(current, target) {
    if (current[OWNER_TAG_REPOSITORY] === target.repository)
        return identityTags(target);
    return Object.fromEntries(Object.entries(current).filter(([key]) => isOwnershipTag(key) && key !== OWNER_TAG_ADDRESS));
}
/** The ownership tags an update writes: the identity tags it keeps, at the operation's address. */
export function ownershipAfterUpdate(current, op) {
    return { ...identityTagsAfterUpdate(current.tags, op.target), [OWNER_TAG_ADDRESS]: op.address };
}
/**
 * Whether tags read from the cloud put a resource in `target`'s environment: the environment tag
 * matches and either its repository is ours, or its owner shared it with us. A resource with no
 * repository tag belongs to no repository and is never touched.
 */
export function ownedBy(tags, target) {
    if (tags[OWNER_TAG_ENVIRONMENT] !== target.environment)
        return false;
    const owner = tags[OWNER_TAG_REPOSITORY];
    if (owner === undefined)
        return false;
    if (owner === target.repository)
        return true;
    return tags[OWNER_TAG_SHARE_PREFIX + repositoryKey(target.repository)] === target.repository;
}
/** Whether a tag key is one of Plagentic's own (kept out of the user tags a diff compares). */
export function isOwnershipTag(key) {
    // Azure tag names are case-insensitive: a spec's `Plagentic:Repository` would overwrite ours.
    const k = key.toLowerCase();
    return (k === OWNER_TAG_ENVIRONMENT ||
        k === OWNER_TAG_ADDRESS ||
        k === OWNER_TAG_REPOSITORY ||
        k.startsWith(OWNER_TAG_SHARE_PREFIX));
}
/** `ownedBy`, and at this address: what an update or a delete checks right before it acts. */
export function ownedAt(tags, target, address) {
    return ownedBy(tags, target) && tags[OWNER_TAG_ADDRESS] === address;
}
/**
 * Whether a resource found under a create's deterministic name (or token) is that create's own
 * earlier attempt: this repository's, not merely shared with it, in this environment at this address.
 */
export function createdBy(tags, target, address) {
    return (tags[OWNER_TAG_ENVIRONMENT] === target.environment &&
        tags[OWNER_TAG_REPOSITORY] === target.repository &&
        tags[OWNER_TAG_ADDRESS] === address);
}
/**
 * Tags without the ownership ones: the user tags a provider reports, and the only spec tags it
 * writes, so that a spec can neither forge ownership nor share a resource on its own.
 */
export function withoutOwnershipTags(tags) {
    return Object.fromEntries(Object.entries(tags).filter(([key]) => !isOwnershipTag(key)));
}
/**
 * Who owns a resource that adoption found, when that is not `target` itself: `environment X of
 * Y` for any ownership tag but this environment's own (a share counts as another's: invariant 3,
 * a shared resource is never taken over). Undefined when it is free to adopt.
 */
export function otherOwner(tags, target) {
    if (!Object.keys(tags).some(isOwnershipTag))
        return undefined;
    const environment = tags[OWNER_TAG_ENVIRONMENT];
    const repository = tags[OWNER_TAG_REPOSITORY];
    if (environment === target.environment && repository === target.repository)
        return undefined;
    return `environment ${environment ?? "(none)"} of ${repository ?? "(no repository)"}`;
}
