import type { ProviderTarget } from "./provider.js";
/** Tag keys that mark a resource as Plagentic's (invariant 3). GCP maps them to label form. */
export declare const OWNER_TAG_ENVIRONMENT = "plagentic:environment";
export declare const OWNER_TAG_ADDRESS = "plagentic:address";
/** The repository (`owner/name`, lower case) whose environment owns the resource. */
export declare const OWNER_TAG_REPOSITORY = "plagentic:repository";
/**
 * `plagentic:share:<repositoryKey(other)>`, present when the owning repository's default-branch
 * config shares the environment with `other` (`sharing:` in config.yaml). Only the owner writes it.
 */
export declare const OWNER_TAG_SHARE_PREFIX = "plagentic:share:";
/** The identity a run acts as when it belongs to no repository (a plain CLI run). */
export declare const LOCAL_REPOSITORY = "local";
/**
 * `Owner/Name` as every tag and label stores it: lower case, since GitHub names are
 * case-insensitive. Throws on anything that is not a repository name (or `local`).
 */
export declare function normalizeRepository(repository: string): string;
/**
 * A short, fixed-length key for a repository, safe in every cloud's tag keys and GCP's labels
 * (`[a-z0-9_-]`): the first 16 hex digits of sha256 of the normalized name.
 */
export declare function repositoryKey(repository: string): string;
/** Who an environment belongs to: its repository, and the repositories its owner shares it with. */
export interface EnvironmentIdentity {
    /** Normalized `owner/name`, or `local`. */
    repository: string;
    /** Normalized names of the repositories the owner shares this environment with. */
    sharedWith: string[];
}
export declare const LOCAL_IDENTITY: EnvironmentIdentity;
/** The ownership tags a resource carries for `target`, besides its address. */
export declare function identityTags(target: ProviderTarget): Record<string, string>;
/** Every ownership tag a resource created by `target` at `address` carries. */
export declare function ownershipTags(target: ProviderTarget, address: string): Record<string, string>;
/**
 * The identity tags a resource keeps through an update by `target` (which must own it or be
 * shared it). The owning repository writes its current share tags, so a changed `sharing:` takes
 * effect; a repository it is shared with keeps the owner's tags and never takes the resource over.
 */
export declare function identityTagsAfterUpdate(current: Readonly<Record<string, string>>, target: ProviderTarget): Record<string, string>;
/** The ownership tags an update writes: the identity tags it keeps, at the operation's address. */
export declare function ownershipAfterUpdate(current: {
    tags: Readonly<Record<string, string>>;
}, op: {
    target: ProviderTarget;
    address: string;
}): Record<string, string>;
/**
 * Whether tags read from the cloud put a resource in `target`'s environment: the environment tag
 * matches and either its repository is ours, or its owner shared it with us. A resource with no
 * repository tag belongs to no repository and is never touched.
 */
export declare function ownedBy(tags: Readonly<Record<string, string>>, target: ProviderTarget): boolean;
/** Whether a tag key is one of Plagentic's own (kept out of the user tags a diff compares). */
export declare function isOwnershipTag(key: string): boolean;
/** `ownedBy`, and at this address: what an update or a delete checks right before it acts. */
export declare function ownedAt(tags: Readonly<Record<string, string>>, target: ProviderTarget, address: string): boolean;
/**
 * Whether a resource found under a create's deterministic name (or token) is that create's own
 * earlier attempt: this repository's, not merely shared with it, in this environment at this address.
 */
export declare function createdBy(tags: Readonly<Record<string, string>>, target: ProviderTarget, address: string): boolean;
/**
 * Tags without the ownership ones: the user tags a provider reports, and the only spec tags it
 * writes, so that a spec can neither forge ownership nor share a resource on its own.
 */
export declare function withoutOwnershipTags(tags: Readonly<Record<string, string>>): Record<string, string>;
/**
 * Who owns a resource that adoption found, when that is not `target` itself: `environment X of
 * Y` for any ownership tag but this environment's own (a share counts as another's: invariant 3,
 * a shared resource is never taken over). Undefined when it is free to adopt.
 */
export declare function otherOwner(tags: Readonly<Record<string, string>>, target: ProviderTarget): string | undefined;
