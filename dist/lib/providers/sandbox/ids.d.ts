/**
 * Cloud-shaped ids for sandbox resources, so that plans, drift reports and comments made against
 * the sandbox read like the real thing: `i-0…` and `subnet-0…` on AWS, ARNs where AWS uses them,
 * 19-digit numbers on GCP and resource-id paths on Azure.
 */
import type { Attributes } from "../../spec/model.js";
import type { ProviderTarget } from "../provider.js";
/** Source of random bytes; crypto in production, fixed in tests. */
export type RandomBytes = (n: number) => Uint8Array;
export interface IdRequest {
    type: string;
    address: string;
    target: ProviderTarget;
    attributes: Attributes;
    /** Id of an existing resource of one of `types` that `attributes` reference, for nested Azure ids. */
    referencedParent(types: readonly string[]): string | undefined;
}
export interface GeneratedId {
    id: string;
    /**
     * The id is derived from a name rather than drawn at random, so it can collide with an existing
     * resource. Such ids end with the name, so `suffixed` gives a distinct one.
     */
    byName: boolean;
}
/** A name-based id made unique the way Terraform's `name_prefix` does, with a random tail. */
export declare function suffixed(id: string, bytes: RandomBytes): string;
export declare const SANDBOX_ACCOUNT_ID = "123456789012";
export declare const SANDBOX_AZURE_DEFAULT = "sandbox";
export declare function generateId(req: IdRequest, bytes: RandomBytes): GeneratedId;
/** `aws_instance.web[1]` → `web-1`: the part of an address a cloud name can be made from. */
export declare function nameFromAddress(address: string): string;
