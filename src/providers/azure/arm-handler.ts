/**
 * A handler for an ARM resource that lives in a resource group under a name Plagentic generates
 * from (environment, address, token), carries its tags, and is written by one PUT: what most
 * Azure types are. A create PUTs the generated name, so a retry reuses it (tokenIn "name").
 */
import type { Attributes } from "../../spec/model.js";
import {
  ownershipAfterUpdate,
  ownershipTags,
  type LiveResource,
  type ResourceHandler,
  type ResourceOperation,
  type ResourceRef,
} from "../provider.js";
import {
  foundOf,
  getOrNothing,
  guarded,
  isNotFound,
  mine,
  ownedTags,
  partsOf,
  placed,
  tagged,
  type AzureContext,
  type Clients,
  type Tags,
} from "./context.js";
import { resourceName } from "./names.js";

type Paged<T> = { byPage(): AsyncIterableIterator<T[]> };

/** Where a PUT goes and the ownership tags it writes (a create's, or what an update keeps). */
export interface Placement {
  group: string;
  name: string;
  ownership: Tags;
  /** An update of an existing resource (a virtual network then keeps its subnets). */
  existing: boolean;
}

export interface ArmKind<T extends { id?: string; tags?: Tags }, C = Clients> {
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

export function armHandler<T extends { id?: string; tags?: Tags }, C = Clients>(
  k: ArmKind<T, C>,
): ResourceHandler<AzureContext, T> {
  const client = (ctx: AzureContext, subscription?: string): Promise<C> =>
    k.client ? k.client(ctx, subscription) : Promise.resolve(ctx.clients(subscription) as C);
  const live = (r: T, target: AzureContext["target"]): LiveResource | undefined =>
    k.state
      ? tagged(k.type, r, target, placed(r, k.attributes(r)), k.state(r))
      : tagged(k.type, r, target, placed(r, k.attributes(r)));
  const put = async (ctx: AzureContext, op: ResourceOperation, at: Placement): Promise<LiveResource> => {
    const c = await client(ctx);
    const tags = ownedTags(op, at.ownership);
    return putting(ctx, op, at.name, async () =>
      mine(live(await k.put(ctx, c, at, op, tags), op.target), what(op, at.name)),
    );
  };
  return {
    type: k.type,
    tokenIn: "name",
    ...(k.optional && { optional: true }),
    ...(k.writeOnly && { writeOnly: k.writeOnly }),
    async list(ctx) {
      const c = await client(ctx);
      return (await ctx.inGroups(k.listKey ?? k.type, (_c, group) => k.list(c, group))).map((r) =>
        foundOf(r),
      );
    },
    async live(_ctx, owned, target) {
      return owned.flatMap((f) => live(f.resource, target) ?? []);
    },
    async read(ctx, id) {
      const p = partsOf(id);
      const c = await client(ctx, p.subscription);
      const r = await getOrNothing(() => k.get(c, p.resourceGroup, p.name));
      return r && foundOf(r, p.name);
    },
    async findByToken(ctx, op) {
      const c = await client(ctx);
      const name = resourceName(op.target.environment, op.address, op.token);
      const group = ctx.groupOf(op);
      const r = await getOrNothing(() => k.get(c, group, name));
      return r ? [foundOf(r, name)] : [];
    },
    create(ctx, op, earlier) {
      const name = resourceName(op.target.environment, op.address, op.token);
      return put(ctx, op, {
        name,
        group: ctx.groupOf(op),
        ownership: ownershipTags(op.target, op.address),
        // Completing an earlier attempt updates what it made.
        existing: earlier !== undefined,
      });
    },
    update(ctx, op, current) {
      const p = partsOf(op.id);
      const ownership = ownershipAfterUpdate(current, op);
      return put(ctx, op, { name: p.name, group: p.resourceGroup, ownership, existing: true });
    },
    async delete(ctx, _target, resource) {
      const p = partsOf(resource.id);
      const c = await client(ctx, p.subscription);
      return deleting(ctx, resource, p.name, async () => {
        await k.beforeDelete?.(ctx, c, p.resourceGroup, p.name);
        return () => k.remove(ctx, c, p.resourceGroup, p.name);
      });
    },
  };
}

export function what(op: { address: string }, name: string): string {
  return `${op.address} (${name})`;
}

/** A PUT, with its progress line and errors in Plagentic's form. */
export function putting<T>(
  ctx: AzureContext,
  op: ResourceOperation,
  name: string,
  fn: () => Promise<T>,
): Promise<T> {
  ctx.progress(`${what(op, name)}: waiting for Azure to finish`);
  return guarded(fn);
}

/**
 * A delete: `prepare` makes its checks and returns the call; what is already gone counts as
 * deleted.
 */
export async function deleting(
  ctx: AzureContext,
  resource: ResourceRef,
  name: string,
  prepare: () => Promise<() => Promise<unknown>>,
): Promise<void> {
  try {
    await guarded(async () => {
      const remove = await prepare();
      ctx.progress(`${resource.address} (${name}): deleting`);
      await remove();
    });
  } catch (e) {
    if (isNotFound(e)) return;
    throw e;
  }
}
