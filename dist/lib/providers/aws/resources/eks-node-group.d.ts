/**
 * `aws_eks_node_group`: CreateNodegroup with the create's token as clientRequestToken, at a name
 * derived from that token (service-names.ts). Its id is `cluster:group` (the cluster's id is its
 * name). Scaling changes in place; everything else the spec marks forceNew. A delete waits until
 * the group is gone, so the cluster's delete that follows it never meets it.
 */
import type { Nodegroup } from "@aws-sdk/client-eks";
import { type LiveResource } from "../../provider.js";
import { type AwsHandler } from "../context.js";
export declare const eksNodeGroup: AwsHandler<Nodegroup>;
export declare function nodegroupLive(ng: Nodegroup): LiveResource | undefined;
