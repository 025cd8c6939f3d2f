/**
 * `google_compute_subnetwork`, in the spec's region or the environment's. Its marker is its
 * description, which GCE never lets change after insert: its shares stay as created. A range can
 * only grow in place (expandIpCidrRange).
 */
import { type ResourceHandler } from "../../provider.js";
import { type ISubnetwork } from "../bodies.js";
import type { GcpContext } from "../context.js";
export declare const subnetwork: ResourceHandler<GcpContext, ISubnetwork>;
