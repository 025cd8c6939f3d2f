/**
 * `aws_eks_cluster`: CreateCluster with the create's token as clientRequestToken, at a name derived
 * from that token (service-names.ts), so a retry finds its first attempt by name. Its id is its
 * name, which is what a node group's `cluster` holds. Waits ACTIVE after create and each update,
 * and until gone after delete, printing progress: each takes 10-15 minutes on AWS.
 */
import type { Cluster } from "@aws-sdk/client-eks";
import { type LiveResource } from "../../provider.js";
import { type AwsHandler } from "../context.js";
export declare const eksCluster: AwsHandler<Cluster>;
export declare function clusterLive(c: Cluster): LiveResource | undefined;
