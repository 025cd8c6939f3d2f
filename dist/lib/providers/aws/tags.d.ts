/**
 * Tags Plagentic writes on AWS resources: the ownership tags every provider uses (invariant 3),
 * plus two private ones that let live state be read back exactly as the spec wrote it.
 */
import type { Tag, TagSpecification, ResourceType } from "@aws-sdk/client-ec2";
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
/** Tags users can set; `plagentic:` ones are ours and `aws:` ones are AWS's own. */
export declare function userTags(tags: readonly Tag[] | undefined): Record<string, string>;
export declare function tagValue(tags: readonly Tag[] | undefined, key: string): string | undefined;
export declare function ownedTags(environment: string, address: string, tags: Record<string, string>, extra?: Record<string, string>): Tag[];
export declare function tagSpec(resourceType: ResourceType, tags: Tag[]): TagSpecification;
/** Server-side filter on the environment's ownership tag. */
export declare function environmentFilter(environment: string): {
    Name: string;
    Values: string[];
};
export declare function unsetPaths(tags: readonly Tag[] | undefined): Set<string>;
