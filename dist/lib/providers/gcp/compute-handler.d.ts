/**
 * The part of a Compute Engine handler that is the same for every kind: the bulk list, the live
 * form of what was listed, a read by id and a delete that waits. Each kind names its own API
 * calls, its dispatcher form and its live attributes; create and update stay in the handler,
 * where what differs per type lives.
 */
import type { Found, LiveResource, ProviderTarget, ResourceHandler } from "../provider.js";
import type { GcpContext, Started } from "./context.js";
import type { GcpKind, GcpResourceRef } from "./names.js";
export interface ComputeKind<R> {
    type: string;
    kind: GcpKind;
    /** The dispatcher's form of `resource`, read in `project` for `target`. */
    found(project: string, resource: R, target: ProviderTarget): Found<R>;
    /** The live form of an owned resource, or undefined when it carries no address. */
    live(found: Found<R>): LiveResource | undefined;
    /** Every resource the environment's filter matches, all pages. */
    list(ctx: GcpContext, environment: string): Promise<R[]>;
    get(ctx: GcpContext, ref: GcpResourceRef): Promise<[R, ...unknown[]]>;
    remove(ctx: GcpContext, ref: GcpResourceRef, requestId: string): Started;
}
export type ComputeBasics<R> = Pick<ResourceHandler<GcpContext, R>, "type" | "list" | "live" | "read" | "delete">;
export declare function computeBasics<R>(k: ComputeKind<R>): ComputeBasics<R>;
