/**
 * `google_compute_network`. Its marker is its description, which GCE never lets change after
 * insert (a patch may only change routingConfig.routingMode): its shares stay as created.
 */
import { type ResourceHandler } from "../../provider.js";
import { type INetwork } from "../bodies.js";
import type { GcpContext } from "../context.js";
export declare const network: ResourceHandler<GcpContext, INetwork>;
