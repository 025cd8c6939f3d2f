/**
 * A handler for an ARM resource that lives in a resource group under a name Plagentic generates
 * from (environment, address, token), carries its tags, and is written by one PUT: what most
 * Azure types are. A create PUTs the generated name, so a retry reuses it (tokenIn "name").
 */
import type { Attributes } from "../../spec/model.js";
import { type ResourceHandler, type ResourceOperation, type ResourceRef } from "../provider.js";
import { type AzureContext, type Clients, type Tags } from "./context.js";
type Paged<T> = {
    byPage(): AsyncIterableIterator<T[]>;
};
/** Where a PUT goes and the ownership tags it writes (a create's, or what an update keeps). */
export interface Placement {
    group: string;
    name: string;
    ownership: Tags;
    /** An update of an existing resource (a virtual network then keeps its subnets). */
    existing: boolean;
}
export interface ArmKind<T extends {
    id?: string;
    tags?: Tags;
}, C = Clients> {
    type: string;
    /** A service whose SDK loads only when needed (see ResourceHandler.optional). */
    optional?: boolean;
    writeOnly?: readonly string[];
    /** The kind's client, by default the compute, network and resources clients. */
    client?(ctx: AzureContext, subscription?: string): Promise<C>;
    /** The live read's listing of one group; kinds that share a listing share its `listKey`. */
    list(c: C, group: string): Paged<T>;
    listKey?: string;
    get(c: C, group: string, name: string): Promise<T>;
    /** The PUT, waited for until it is done; `tags` are what the resource must carry. */
    put(ctx: AzureContext, c: C, at: Placement, op: ResourceOperation, tags: Tags): Promise<T>;
    /** Refuses, by throwing, a delete that would take anything but this environment's with it. */
    beforeDelete?(ctx: AzureContext, c: C, group: string, name: string): Promise<void>;
    remove(ctx: AzureContext, c: C, group: string, name: string): Promise<unknown>;
    attributes(r: T): Attributes;
    /** The resource's unusable state, when ARM reports it otherwise than as provisioningState. */
    state?(r: T): string | undefined;
}
export declare function armHandler<T extends {
    id?: string;
    tags?: Tags;
}, C = Clients>(k: ArmKind<T, C>): ResourceHandler<AzureContext, T>;
export declare function what(op: {
    address: string;
}, name: string): string;
/** A PUT, with its progress line and errors in Plagentic's form. */
export declare function putting<T>(ctx: AzureContext, op: ResourceOperation, name: string, fn: () => Promise<T>): Promise<T>;
/**
 * A delete: `prepare` makes its checks and returns the call; what is already gone counts as
 * deleted.
 */
export declare function deleting(ctx: AzureContext, resource: ResourceRef, name: string, prepare: () => Promise<() => Promise<unknown>>): Promise<void>;
export {};
