import type * as EksModule from "@aws-sdk/client-eks";
import type { Cluster, EKSClient, Nodegroup } from "@aws-sdk/client-eks";
import { type ProviderTarget, type ResourceOperation } from "../../provider.js";
import { type AwsContext } from "../context.js";
export type EksSdk = typeof EksModule;
export declare function eksOf(ctx: AwsContext): Promise<{
    sdk: EksSdk;
    eks: EKSClient;
}>;
export declare function isEksNotFound(e: unknown): boolean;
/** One cluster by name; undefined when EKS does not know it (or answers about another). */
export declare function describeCluster(ctx: AwsContext, name: string): Promise<Cluster | undefined>;
export declare function describeNodegroup(ctx: AwsContext, cluster: string, nodegroup: string): Promise<Nodegroup | undefined>;
/**
 * The region's clusters that carry the environment's tag, described. EKS has no bulk describe, so
 * this is one ListClusters per page and one DescribeCluster per cluster; the cluster and node group
 * handlers of one read of live state share it.
 */
export declare function environmentClusters(ctx: AwsContext, target: ProviderTarget): Promise<Cluster[]>;
/**
 * Polls `read` until its status is `ready`; a status in `failed` ends the wait with an error, and
 * so does the resource disappearing. Progress is printed as the wait begins and while it lasts.
 */
export declare function waitForStatus<T extends {
    status?: string | undefined;
}>(ctx: AwsContext, what: string, ready: string, failed: readonly string[], read: () => Promise<T | undefined>): Promise<T>;
/** Polls until `read` finds nothing, with progress lines. */
export declare function waitGone(ctx: AwsContext, what: string, read: () => Promise<unknown>): Promise<void>;
/** Sets a cluster's or node group's tags to what an update by `op` writes (see tagChanges). */
export declare function convergeEksTags(ctx: AwsContext, arn: string | undefined, current: Readonly<Record<string, string>> | undefined, op: ResourceOperation & {
    id: string;
}, extra: Record<string, string | undefined>): Promise<void>;
