import type { ClusterManagerClient, protos } from "@google-cloud/container";
import type { GcpApiContext } from "../api-context.js";
export type ICluster = protos.google.container.v1.ICluster;
export type INodePool = protos.google.container.v1.INodePool;
type IOperation = protos.google.container.v1.IOperation;
/** GKE names: lower-case letters, digits and hyphens, a letter first, at most 40. */
export declare const GKE_NAME_MAX = 40;
export declare function gke(ctx: GcpApiContext): Promise<ClusterManagerClient>;
export interface ClusterRef {
    project: string;
    location: string;
    cluster: string;
}
export declare function clusterPath(r: ClusterRef): string;
export declare function parseClusterPath(id: string): ClusterRef | undefined;
export declare function parseNodePoolPath(id: string): (ClusterRef & {
    pool: string;
}) | undefined;
/** The cluster's id as its own project and location say. */
export declare function clusterId(project: string, c: ICluster): string;
/**
 * Every cluster of the project in the target's environment (by label), node pools inline: one
 * call. The API takes no filter, so the environment label is checked here. A listing that could
 * not reach some zones is refused: a cluster missing from it would look deleted.
 */
export declare function listClusters(ctx: GcpApiContext): Promise<ICluster[]>;
export declare function getCluster(ctx: GcpApiContext, ref: ClusterRef): Promise<ICluster | undefined>;
/** Waits on an operation GKE started in `location`; its error is raised. */
export declare function finishOperation(ctx: GcpApiContext, at: {
    project: string;
    location: string;
}, started: IOperation, what: string): Promise<void>;
export {};
