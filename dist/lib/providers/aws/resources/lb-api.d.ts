import type * as ElbSdkModule from "@aws-sdk/client-elastic-load-balancing-v2";
import type { ElasticLoadBalancingV2Client, LoadBalancer, Tag as ElbTag } from "@aws-sdk/client-elastic-load-balancing-v2";
import { type Found, type LiveResource } from "../../provider.js";
import type { AwsContext } from "../context.js";
/** The SDK module, known to the compiler only: its code is loaded by `elbv2`. */
export type ElbSdk = typeof ElbSdkModule;
export interface Elb {
    sdk: ElbSdk;
    client: ElasticLoadBalancingV2Client;
}
/** A load balancer with the tags and the attributes it was read with. */
export interface LoadBalancerState {
    lb: LoadBalancer;
    tags: ElbTag[];
}
export type FoundLb = Found<LoadBalancerState>;
export declare const DELETION_PROTECTION = "deletion_protection.enabled";
export declare function elbv2(ctx: AwsContext): Promise<Elb>;
export declare function isLbNotFound(e: unknown): boolean;
/**
 * A name at most 32 characters of `[a-zA-Z0-9-]`, neither starting nor ending with a hyphen nor
 * starting with `internal-` (ELBv2's rules): the address for people, a hash of the token so that
 * a retry finds its first attempt and a replacement never meets the resource it replaces.
 */
export declare function lbName(address: string, token: string): string;
/**
 * The region's load balancers that carry the environment's tag. ELBv2 filters on nothing but
 * names and ARNs, so this is one paged Describe and one DescribeTags per 20: calls grow with the
 * region's load balancers over 20, never one per resource.
 */
export declare function listLoadBalancers(elb: Elb, environment: string): Promise<FoundLb[]>;
/** The load balancers with these ARNs or these names (one of the two), with their tags. */
export declare function describeLoadBalancers(elb: Elb, by: {
    LoadBalancerArns: string[];
} | {
    Names: string[];
}): Promise<FoundLb[]>;
export declare function deletionProtection(elb: Elb, arn: string): Promise<boolean>;
export declare function loadBalancerLive(s: LoadBalancerState, protectedFromDeletion: boolean): LiveResource | undefined;
