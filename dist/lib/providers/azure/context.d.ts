/**
 * What every Azure resource handler shares: the ARM clients of a subscription, where a resource
 * goes (its group, its generated name), the tags a PUT writes, the live form of what ARM returns,
 * and one listing of the environment's resource groups and of each kind in them per live read.
 */
import type { ComputeManagementClient } from "@azure/arm-compute";
import type { NetworkManagementClient } from "@azure/arm-network";
import type { ResourceGroup, ResourceManagementClient } from "@azure/arm-resources";
import type { Attributes } from "../../spec/model.js";
import type { WaitClock } from "../waiting.js";
import { type Found, type LiveResource, type ProviderTarget, type ResourceOperation } from "../provider.js";
import { type AzureIdParts } from "./names.js";
import type { ServiceMaker } from "./services.js";
/** Properties the spec left out at create, kept so that reads leave them out again. */
export declare const OWNER_TAG_OMITTED = "plagentic:omitted";
export type Tags = Record<string, string>;
export interface Clients {
    compute: ComputeManagementClient;
    network: NetworkManagementClient;
    resources: ResourceManagementClient;
}
export interface AzureContext {
    target: ProviderTarget;
    /** The clients of `subscription`, by default the target's. */
    clients(subscription?: string): Clients;
    /** The group an operation's resource goes in: its `resource_group` reference, else the environment's. */
    groupOf(op: ResourceOperation): string;
    /**
     * The client a `make` of services.ts builds for `subscription` (by default the target's): its
     * SDK is imported on first use, and the client made once per provider.
     */
    service<C>(make: ServiceMaker<C>, subscription?: string): Promise<C>;
    /** Bounds long operations (`providers.azure.wait_timeout_seconds`); see long-operation.ts. */
    clock: WaitClock;
    progress: (line: string) => void;
    /** The environment's resource groups, listed once per context by their environment tag. */
    groups(): Promise<ResourceGroup[]>;
    /**
     * Everything `list` returns in the environment's groups (its default group first), listed once
     * per context and `key`: a live read makes one list call per kind and group, plus pages.
     */
    inGroups<T>(key: string, list: (c: Clients, group: string) => Paged<T>): Promise<T[]>;
}
type Paged<T> = {
    byPage(): AsyncIterableIterator<T[]>;
};
export interface ContextSettings {
    clientsFor(subscription: string): Clients;
    serviceFor<C>(make: ServiceMaker<C>, subscription: string): Promise<C>;
    subscriptionOf(target: ProviderTarget): string;
    defaultGroup(target: ProviderTarget): string | undefined;
    clock: WaitClock;
    progress: (line: string) => void;
}
export declare function azureContext(s: ContextSettings, target: ProviderTarget): AzureContext;
/** A tag users set: none of Plagentic's (ownership, or the omitted list). */
export declare function isUserTag(key: string): boolean;
/**
 * The tags a PUT writes: the spec's own (never an ownership tag: a spec cannot claim or share a
 * resource), `ownership` (a create's, or what an update keeps), and the omitted list.
 */
export declare function ownedTags(op: ResourceOperation, ownership: Tags): Tags;
/**
 * The live form of a tagged resource, or undefined when `target` neither owns nor is shared it.
 * `state` is ARM's provisioningState when unusable, unless the type says otherwise.
 */
export declare function tagged(type: string, resource: {
    id?: string;
    tags?: Tags;
}, target: ProviderTarget, attributes: Attributes, state?: string | undefined): LiveResource | undefined;
/**
 * ARM's provisioningState when it says the resource is not usable. A PUT that ended `Failed`
 * leaves the resource with its tags, so without this the next plan would see nothing to do.
 */
export declare function unusableState(resource: object): string | undefined;
/** A PUT's answer as live state; it must still carry the tags just written. */
export declare function mine(r: LiveResource | undefined, what: string): LiveResource;
/** `attributes` with the resource group the resource's id names. */
export declare function placed(resource: {
    id?: string;
}, attributes: Attributes): Attributes;
/** The location a PUT sends: the spec's, else the environment's region. */
export declare function locationOf(op: ResourceOperation): string;
/** The parts of an Azure resource id, or InvalidId. */
export declare function partsOf(id: string): AzureIdParts;
/** A resource as the dispatcher sees it: its tags, and its id and name. */
export declare function foundOf<R extends {
    id?: string;
    tags?: Tags;
}>(r: R, name?: string): Found<R>;
/** A GET that answers undefined when the resource (or its group) does not exist. */
export declare function getOrNothing<T>(fn: () => Promise<T>): Promise<T | undefined>;
/** Every item of a paged list, page by page (each page one request, following nextLink). */
export declare function all<T>(iterator: Paged<T>): Promise<T[]>;
export declare function isNotFound(e: unknown): boolean;
export declare function guarded<T>(fn: () => Promise<T>): Promise<T>;
export {};
