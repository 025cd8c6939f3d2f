/**
 * The GCP handler table: every type the GCP provider applies, one handler each. Adding a type is
 * one file in this folder and one row here.
 */
import type { HandlerTable } from "../../provider.js";
import type { GcpContext } from "../context.js";
/** Compute Engine's types, whose client every GCP provider loads. */
export declare const COMPUTE_HANDLERS: HandlerTable<GcpContext>;
/**
 * Every type the GCP provider applies. The services beyond Compute Engine are optional handlers
 * whose SDK loads on first use. GCP has no tagging API to ask cheaply whether an environment
 * holds any of them, so a plan lists them even when its spec does not use them (a cluster dropped
 * from the spec must still be found to be deleted).
 */
export declare const GCP_HANDLERS: HandlerTable<GcpContext>;
