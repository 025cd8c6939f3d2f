/**
 * Tags Plagentic writes on AWS resources: the ownership tags every provider uses (invariant 3),
 * plus two private ones that let live state be read back exactly as the spec wrote it.
 */
import type { Tag, TagSpecification, ResourceType } from "@aws-sdk/client-ec2";
import { type ProviderTarget } from "../provider.js";
/** Idempotency token of the create that made a VPC, subnet or security group (they take no ClientToken). */
export declare const TOKEN_TAG = "plagentic:token";
/**
 * Properties the spec left unset at create, which AWS then filled in (a subnet's zone, an
 * instance's default subnet). Reading them back would show a difference the spec never asked
 * for, so live state leaves them out. Dotted paths, comma-separated.
 */
export declare const UNSET_TAG = "plagentic:unset";
/** On an instance's root volume: the instance address it belongs to (volumes are not resources). */
export declare const VOLUME_OF_TAG = "plagentic:volume-of";
/**
 * On an RDS instance: `true` when its delete skips the final snapshot (the spec's
 * skip_final_snapshot), which RDS does not record. Absent or anything else: the snapshot is taken.
 */
export declare const SKIP_FINAL_SNAPSHOT_TAG = "plagentic:skip-final-snapshot";
/** A tag users set: not one of Plagentic's (ownership or private) and not AWS's own `aws:`. */
export declare function isUserTag(key: string): boolean;
export declare function userTags(tags: readonly Tag[] | undefined): Record<string, string>;
/** The spec's tags that may be written: a spec cannot set ownership or our private tags. */
export declare function writableTags(tags: Record<string, string>): Record<string, string>;
/** Every tag as a map, the form the ownership checks in provider.ts take. */
export declare function tagMap(tags: readonly Tag[] | undefined): Record<string, string>;
export declare function tagValue(tags: readonly Tag[] | undefined, key: string): string | undefined;
/** The tags a create writes: the spec's, our private `extra` ones, and the ownership tags. */
export declare function ownedTags(op: {
    target: ProviderTarget;
    address: string;
    tags: Record<string, string>;
}, extra?: Record<string, string>): Tag[];
/**
 * The ownership tags (address included) a resource should carry after an update by `target`, and
 * those it carries that must go (share tags its owner no longer writes).
 */
export declare function ownershipChanges(current: readonly Tag[] | undefined, target: ProviderTarget, address: string): {
    set: Tag[];
    remove: Tag[];
};
/**
 * Tags of an instance's root volume (volumes are not resources of their own): the instance's
 * identity, so that the bulk read of the environment's volumes finds it, and which instance it is.
 */
export declare function volumeTags(instanceTags: readonly Tag[] | undefined, address: string): Tag[];
export declare function tagSpec(resourceType: ResourceType, tags: Tag[]): TagSpecification;
/**
 * Server-side filter on the environment's ownership tag. The repository is checked client-side
 * (ownedBy): a shared resource carries its owner's repository, not the reader's.
 */
export declare function environmentFilter(environment: string): {
    Name: string;
    Values: string[];
};
export declare function unsetPaths(tags: readonly Tag[] | undefined): Set<string>;
