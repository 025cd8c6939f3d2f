/**
 * A Provider built from a table of ResourceHandlers (provider.ts). The dispatcher does once, for
 * every type, what each cloud used to repeat in every switch: it refuses a type with no handler
 * before calling the cloud, keeps only owned resources in live state, looks for a create's earlier
 * attempt, reads a resource and checks its ownership tags right before an update or a delete, and
 * reads back what a create or an update left.
 */
import { type Found, type HandlerTable, type Provider, type ProviderCapabilities, type ProviderTarget } from "./provider.js";
export interface DispatchOptions<Ctx> {
    /** The provider's name (`aws`), used in its messages. */
    name: string;
    handlers: HandlerTable<Ctx>;
    /** The cloud's shared pieces for one target: clients, retries, waiting. */
    context: (target: ProviderTarget) => Ctx;
    /**
     * Which of `types` (optional handlers the spec does not use) have resources in the target's
     * environment, found in one call for all of them (AWS's tagging API). Without it, every
     * optional type is listed.
     */
    discover?: (ctx: Ctx, target: ProviderTarget, types: readonly string[]) => Promise<ReadonlySet<string>>;
    close?: () => Promise<void>;
    /** How this cloud adopts existing resources (`import_id`); absent, it adopts none. */
    adoption?: Adoption<Ctx>;
}
/** A cloud's way of adopting: the types it can, and the two steps that differ by cloud. */
export interface Adoption<Ctx> {
    types: readonly string[];
    /** `found` as the cloud would describe it carrying `tags` too, so a handler reads it at an address. */
    withTags(found: Found<unknown>, tags: Readonly<Record<string, string>>): Found<unknown>;
    /** Adds `tags` to the resource (and to what belongs to it, such as an instance's root volume). */
    addTags(ctx: Ctx, found: Found<unknown>, tags: Readonly<Record<string, string>>): Promise<void>;
}
/** What the table applies and the properties each type cannot report back. */
export declare function capabilitiesOf<Ctx>(handlers: HandlerTable<Ctx>): ProviderCapabilities;
export declare function dispatchProvider<Ctx>(opts: DispatchOptions<Ctx>): Provider;
