import type { Attributes } from "../../spec/model.js";
import { type Found, type LiveResource, type ResourceOperation, type ResourceRef } from "../provider.js";
import type { GcpContext, Started } from "./context.js";
import { type GcpKind, type GcpResourceRef, type GcpScope } from "./names.js";
export declare const PAGE_SIZE = 500;
/** Every item of a list call, page by page (one request per page). */
export declare function collect<T>(items: AsyncIterable<T>): Promise<T[]>;
/** The parts of a GCE id of `kind`, or InvalidId. */
export declare function refOf(id: string, kind: GcpKind, type: string): GcpResourceRef;
export declare function scopeName(scope: GcpScope): string;
/** GCE picks no zone for an instance or disk; `-b` exists in nearly every region (`-a` does not). */
export declare function defaultZone(region: string): string;
/** A UUID-shaped requestId for one step of an update, stable across retries of the same plan. */
export declare function stepRequestId(token: string, step: string): string;
/** Where a create goes: the name its token gives, in `scope`. */
export declare function placeOf(ctx: GcpContext, op: ResourceOperation, kind: GcpKind, scope: GcpScope): GcpResourceRef;
/** The description marker a create writes, or an update with the ownership tags it keeps. */
export declare function markerOf(op: ResourceOperation, ownership: Record<string, string>, image?: string): string;
/**
 * The spec's tags as GCE labels. A spec can write no ownership label or tag, so it can neither
 * claim nor share a resource.
 */
export declare function userLabels(op: ResourceOperation): Record<string, string>;
/**
 * A resource as the dispatcher sees it: the ownership tags of its marker (agreed with its labels
 * when the type has labels) and its user labels. Without a marker it carries no ownership tag.
 */
export declare function foundOf<R>(id: string, resource: R, marker: string | null | undefined, labels?: Record<string, string> | null): Found<R>;
/** The live form of an owned resource; `omitted` properties are left out (see ownership.ts). */
export declare function liveOf(type: string, found: Found<unknown>, attributes: Attributes, omitted: readonly string[]): LiveResource | undefined;
/** One resource by id, through `get`, or undefined when it is gone. */
export declare function readOne<T, R>(get: () => Promise<[T, ...unknown[]]>, found: (resource: T) => Found<R>): Promise<Found<R> | undefined>;
/**
 * Inserts with `requestId` = the token (GCE answers a repeated one with the first operation) and
 * waits. A name already taken, when GCE has forgotten the requestId, is this create's earlier
 * attempt only if it carries this operation's marker; anything else there is left untouched.
 */
export declare function insertOnce(ctx: GcpContext, op: ResourceOperation, ref: GcpResourceRef, insert: (requestId: string) => Started, read: (id: string) => Promise<Found<unknown> | undefined>): Promise<string>;
/** Deletes and waits; already gone is what a delete wants. */
export declare function deleteOne(ctx: GcpContext, resource: ResourceRef, ref: GcpResourceRef, remove: (requestId: string) => Started): Promise<void>;
/** Whether a property differs between the spec and live state. */
export declare function differs(want: Attributes, have: Attributes, key: string): boolean;
/** Whether two label (or tag) sets hold the same entries, in any order. */
export declare function sameEntries(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean;
