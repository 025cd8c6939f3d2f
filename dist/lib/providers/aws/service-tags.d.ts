/**
 * Tags and live state for the AWS services beyond EC2 (RDS, EKS), which take tags as a map or as
 * a list but follow the same rules as EC2's: ownership tags written in the create itself, user
 * tags converged on update, and what the spec left out (UNSET_TAG) reported as the spec left it.
 *
 * RDS and EKS accept only letters, digits, spaces and `_ . : / = + - @` in tag values, so two of
 * ours are stored in another form and read back in the usual one: a counted address
 * `type.name[2]` as `type.name.2` (names hold no dots), and UNSET_TAG's paths separated by spaces.
 */
import type { Tag } from "@aws-sdk/client-ec2";
import type { Attributes } from "../../spec/model.js";
import { type LiveResource, type ResourceOperation } from "../provider.js";
/** Tags as RDS and EKS store them (see above). */
export declare function toServiceTags(tags: Readonly<Record<string, string>>): Record<string, string>;
/** Tags read from RDS or EKS in the form the rest of Plagentic (and ownedAt) compares. */
export declare function fromServiceTags(tags: Readonly<Record<string, string>> | undefined): Record<string, string>;
export declare function asTagList(tags: Readonly<Record<string, string>> | undefined): Tag[];
/** Every tag a create writes, as a map: the spec's, the private `extra` ones, the ownership tags. */
export declare function createTags(op: ResourceOperation, extra: Record<string, string>): Record<string, string>;
/**
 * UNSET_TAG's value for `op`: which of `candidates` the spec leaves out (an empty list counts as
 * left out for the paths in `emptyLists`, where AWS fills in its own default).
 */
export declare function unsetValue(op: ResourceOperation, candidates: readonly string[], emptyLists?: readonly string[]): string | undefined;
/**
 * The tags to set and the keys to remove so that a resource carrying `current` carries what an
 * update by `op` writes: the spec's user tags exactly, the ownership tags an update keeps
 * (identityTagsAfterUpdate), and the private tags in `extra` (undefined: removed). `current` is
 * in the usual form (fromServiceTags); what to set comes back in the stored one.
 */
export declare function tagChanges(current: Readonly<Record<string, string>>, op: ResourceOperation, extra: Record<string, string | undefined>): {
    set: Record<string, string>;
    remove: string[];
};
/**
 * A resource's live state from its tags and its attributes under the spec's names; undefined when
 * it carries no address tag (so it is not one of ours).
 */
export declare function serviceLive(type: string, id: string, tags: Readonly<Record<string, string>>, attributes: Attributes, state?: string): LiveResource | undefined;
