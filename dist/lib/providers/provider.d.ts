/**
 * The one interface every cloud implements. Providers only read what carries an environment's
 * ownership tags and perform single-resource operations; ordering, hashing and idempotency
 * tokens are decided by the plan module so that every cloud behaves the same.
 */
import type { Attributes, EnvironmentSpec, RepositoryFiles } from "../spec/model.js";
import type { EnvironmentIdentity } from "./ownership.js";
export * from "./ownership.js";
export interface LiveResource {
    /** Address from the ownership tag. */
    address: string;
    type: string;
    /** The cloud's id (i-0abc..., projects/.../instances/..., /subscriptions/...). */
    id: string;
    /**
     * Declared properties as the cloud reports them, normalised to the spec's names. References to
     * other resources are given as those resources' cloud ids; the plan maps them back to refs.
     */
    attributes: Attributes;
    /** User tags, without the ownership tags. */
    tags: Record<string, string>;
    /**
     * The cloud's own word for a resource that exists but is not usable: a create that ended
     * `Failed`, a resource being deleted. Such a resource is replaced by the next plan and shows as
     * drift, however well its properties match. Absent when the resource is fine.
     */
    state?: string;
}
/** Where a provider works: taken from the spec so that one provider instance serves one environment. */
export interface ProviderTarget {
    environment: string;
    /** The owning repository, normalized (see `normalizeRepository`). */
    repository: string;
    /**
     * Repositories the owner shares the environment with. Written as share tags on every create and
     * update, so only runs of the owning repository should set it.
     */
    sharedWith?: string[];
    region: string;
    project?: string;
    subscription?: string;
    resourceGroup?: string;
    /**
     * The resource types the spec declares. A handler marked `optional` (a service whose SDK loads
     * only when needed) is listed when its type is here or when the cloud's discovery finds one of
     * its resources; absent, every type is listed.
     */
    types?: readonly string[];
}
export declare function targetOf(spec: EnvironmentSpec, identity: EnvironmentIdentity): ProviderTarget;
/** One resource operation, with references already resolved to cloud ids. */
export interface ResourceOperation {
    target: ProviderTarget;
    address: string;
    type: string;
    /** Desired attributes with every `ref(...)` replaced by the referenced resource's id. */
    attributes: Attributes;
    /** User tags; the provider adds the ownership tags itself. */
    tags: Record<string, string>;
    /**
     * Idempotency token derived from (plan hash, address, attempt): a retried create with the same token
     * must return the resource created the first time instead of a second one.
     */
    token: string;
    /**
     * The repository the spec came from (the working tree, or the planned commit), for a resource
     * that uploads a file the spec names. Read through it, never from a path of the provider's own:
     * it applies the loader's checks, and the caller compares the bytes with the planned hash.
     */
    files?: RepositoryFiles;
}
export interface ProviderCapabilities {
    /** Resource types this provider can apply; `"*"` means every registered type (sandbox). */
    applies: readonly string[] | "*";
    /**
     * Per type, properties the cloud accepts but cannot report back (a user-data script, a
     * password). The diff leaves them out, since live state can never show them.
     */
    writeOnly?: Readonly<Record<string, readonly string[]>>;
}
export interface Provider {
    readonly name: string;
    readonly capabilities: ProviderCapabilities;
    /** Every resource in the environment that carries its ownership tags. */
    readLive(target: ProviderTarget): Promise<LiveResource[]>;
    create(op: ResourceOperation): Promise<LiveResource>;
    /** In-place update of a live resource to the given attributes and tags. */
    update(op: ResourceOperation & {
        id: string;
    }): Promise<LiveResource>;
    delete(target: ProviderTarget, resource: {
        id: string;
        address: string;
        type: string;
    }): Promise<void>;
    /**
     * For adoption (`import_id`): the resource of `type` with cloud id `id` as it would be live at
     * `address`, with every tag it carries (ownership tags included, for the owner check), or
     * undefined when there is none. Throws UnsupportedResourceType for a type it cannot adopt.
     * Absent: the provider adopts nothing.
     */
    readById?(target: ProviderTarget, ref: ResourceRef): Promise<Adoptable | undefined>;
    /**
     * Adds the ownership tags of `ref.address` (`ownershipTags`) to a resource `readById` found
     * owned by no one, and changes nothing else; refuses one that carries another owner's tags.
     */
    adopt?(target: ProviderTarget, ref: ResourceRef): Promise<void>;
    /** Release connections, close files. */
    close?(): Promise<void>;
}
/** Raised by a provider for a failure of one operation; apply records it against the address. */
export declare class ProviderOperationError extends Error {
    readonly code: string;
    constructor(code: string, message: string);
}
/** A resource `readById` found: its live state at the address asked for, and all its tags. */
export interface Adoptable {
    live: LiveResource;
    tags: Readonly<Record<string, string>>;
}
/** What a delete names: a live resource's id, address and type. */
export interface ResourceRef {
    id: string;
    address: string;
    type: string;
}
/** One resource as a read of the cloud found it. */
export interface Found<R> {
    id: string;
    /**
     * Every tag it carries in provider.ts's form (ownership tags included), what `ownedBy`, `ownedAt`
     * and `createdBy` decide on. A cloud that stores ownership otherwise (GCP labels, a subnet named
     * after its address) maps it to these keys.
     */
    tags: Readonly<Record<string, string>>;
    /** The cloud's own description, handed back to the handler's update and delete. */
    resource: R;
    /** The name people know it by, when `id` is a long path (Azure's generated names). */
    name?: string;
}
/**
 * Everything a provider does for one resource type, over the cloud's shared context `Ctx`
 * (clients, retries, waiting). A handler only talks to the cloud: the dispatcher (dispatch.ts)
 * checks ownership before every update and delete, looks for a create's earlier attempt, and
 * refuses a type no handler is registered for. Adding a type is one handler and one table row.
 */
export interface ResourceHandler<Ctx, R = unknown> {
    readonly type: string;
    /** Properties the cloud accepts but cannot report back (`ProviderCapabilities.writeOnly`). */
    readonly writeOnly?: readonly string[];
    /**
     * Where a create's token lives. `"tag"` (the default): `findByToken` returns what carries it,
     * and anything not `createdBy` this operation is ignored. `"name"`: the create writes to a name
     * derived from the token, which would overwrite whatever is there, so anything found there that
     * is not this create's earlier attempt is refused (AlreadyExists) untouched.
     */
    readonly tokenIn?: "tag" | "name";
    /**
     * The type carries no tags of its own (an Azure subnet): `Found.tags` are its container's plus
     * the address its name encodes, so an earlier attempt is one `ownedAt` the target.
     */
    readonly untagged?: boolean;
    /**
     * A service whose client is loaded only when a spec uses it: `list` runs when the target's
     * `types` name this type or the table's `discover` finds one of its resources, so a plan of a
     * spec without it neither loads its SDK nor spends a call on it.
     */
    readonly optional?: boolean;
    /**
     * In bulk, this type's resources that carry the environment's tag: calls grow with pages, never
     * with resources. The dispatcher keeps those `ownedBy` the target and passes them to `live`.
     */
    list(ctx: Ctx, target: ProviderTarget): Promise<Found<R>[]>;
    /** Live state of owned resources from `list`; any further reads are made in bulk as well. */
    live(ctx: Ctx, owned: readonly Found<R>[], target: ProviderTarget): Promise<LiveResource[]>;
    /** One resource by id, or undefined when it is gone (or in a state that counts as gone). */
    read(ctx: Ctx, id: string): Promise<Found<R> | undefined>;
    /** Live state of one resource just created or updated; `live` of that one when absent. */
    readBack?(ctx: Ctx, found: Found<R>, target: ProviderTarget): Promise<LiveResource | undefined>;
    /**
     * For a type whose create takes no idempotency token of the cloud's own: the resources an
     * earlier attempt of `op` may have made (by the token it stored, or at the name the token gives).
     * The dispatcher takes the one `createdBy` this operation (`ownedAt` the target when `untagged`);
     * see `tokenIn`. Absent when the cloud dedupes (EC2's ClientToken).
     */
    findByToken?(ctx: Ctx, op: ResourceOperation): Promise<Found<R>[]>;
    /**
     * Creates the resource, carrying the ownership tags in the create itself, or completes
     * `earlier` (this create's first attempt), and waits until it is usable. Returns its id, or
     * its live state.
     */
    create(ctx: Ctx, op: ResourceOperation, earlier: Found<R> | undefined): Promise<string | LiveResource>;
    /**
     * Converges `current`, which the dispatcher has just read and found owned at `op.address`.
     * Create and update return the live resource when the cloud's answer holds it; otherwise the
     * dispatcher reads it back.
     */
    update(ctx: Ctx, op: ResourceOperation & {
        id: string;
    }, current: Found<R>): Promise<void | LiveResource>;
    /** Deletes `current` (read and found owned just before) and waits until it is gone. */
    delete(ctx: Ctx, target: ProviderTarget, resource: ResourceRef, current: Found<R>): Promise<void>;
}
/** A cloud's handlers by type: its one table of what it applies. */
export type HandlerTable<Ctx> = Readonly<Record<string, ResourceHandler<Ctx>>>;
