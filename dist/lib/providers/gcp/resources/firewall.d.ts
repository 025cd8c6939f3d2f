/**
 * `google_compute_firewall`. Its marker is its description, which a patch may rewrite: an update
 * writes the whole rule with the ownership tags the updating repository keeps
 * (identityTagsAfterUpdate), so the owner's current shares take effect.
 */
import { type ResourceHandler } from "../../provider.js";
import { type IFirewall } from "../bodies.js";
import type { GcpContext } from "../context.js";
export declare const firewall: ResourceHandler<GcpContext, IFirewall>;
