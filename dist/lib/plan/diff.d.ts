/**
 * Desired state against live state, giving the changes that make the cloud match the spec.
 * Pure: the caller reads live state and passes it in.
 */
import type { LiveResource } from "../providers/provider.js";
import { type DesiredResource, type PropertyDef, type Value } from "../spec/model.js";
import type { Change } from "./model.js";
/** A live resource as the plan sees it. */
export interface NormalizedLive extends LiveResource {
    /**
     * Set on a deposed copy (see deposed.ts): the address its ownership tags carry, while `address`
     * is the copy's own plan address.
     */
    liveAddress?: string;
}
/**
 * Live attributes with every id that belongs to a resource of this environment written back as
 * `ref(<address>)`, so they compare equal to the spec. Ids of resources outside the environment
 * stay as they are (they then show up as a difference, which is right).
 *
 * Where several live resources carry one address, one keeps it and the others are deposed: see
 * `depose`. `desired` (in dependency order) and `writeOnly` are what the diff will get.
 */
export declare function normalizeLive(live: LiveResource[], opts?: {
    desired?: readonly DesiredResource[];
    writeOnly?: DiffOptions["writeOnly"];
}): NormalizedLive[];
export interface DiffOptions {
    /** Addresses the spec marks protected, so that deletes carry the mark too. */
    protectedAddresses?: ReadonlySet<string>;
    /** Per type, properties the provider cannot read back (ProviderCapabilities.writeOnly). */
    writeOnly?: Readonly<Record<string, readonly string[]>>;
    /** Addresses whose live resource is to be adopted (plan/adopt.ts), not updated. */
    adopting?: ReadonlySet<string>;
}
/**
 * Changes in apply order: creates, updates and replaces in the desired dependency order, then
 * deletes in reverse dependency order of the live resources. `live` must be normalised.
 */
export declare function diffResources(desired: DesiredResource[], live: NormalizedLive[], opts?: DiffOptions): Change[];
/**
 * The value as the diff should see it: lists whose order carries no meaning sorted by their
 * canonical form, at any depth, so that only real differences count.
 */
export declare function comparable(prop: PropertyDef | undefined, value: Value | undefined): Value;
