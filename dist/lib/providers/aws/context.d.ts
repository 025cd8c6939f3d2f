/**
 * What every AWS resource handler shares: the region's EC2 client, the clock to wait with, and the
 * steps each type repeats (one call with its error named, one Describe by id, tags converged, a
 * delete retried past DependencyViolation).
 */
import { type EC2Client, type Tag } from "@aws-sdk/client-ec2";
import { type Found, type ResourceHandler, type ResourceOperation } from "../provider.js";
import type { AwsClientConfig } from "./client.js";
import { type WaitClock } from "../waiting.js";
export interface AwsContext {
    /** The EC2 client of the target's region. */
    ec2: EC2Client;
    /**
     * Another service's client for the target's region, made once per region and provider by
     * `make` from the shared configuration (credentials, endpoint, retries). Handlers of optional
     * types import their SDK dynamically and call this, so the SDK loads only when used:
     * `ctx.client("RDS", (config) => new RDSClient(config))`.
     */
    client<T extends {
        destroy(): void;
    }>(service: string, make: (config: AwsClientConfig) => T): T;
    clock: WaitClock;
    progress?: ((line: string) => void) | undefined;
}
/**
 * An AWS handler. An `optional` one (its SDK loaded only when used) names the resource type the
 * Resource Groups Tagging API files it under, so that one GetResources call finds whether the
 * environment has any when the spec does not use the type.
 */
export interface AwsHandler<R = unknown> extends ResourceHandler<AwsContext, R> {
    /** `rds:db`, `lambda:function`, `elasticloadbalancing:loadbalancer`, `eks:cluster`... */
    readonly taggingType?: string;
}
/** Sends one command, turning SDK errors into ProviderOperationErrors that name the step. */
export declare function call<T>(doing: string, send: () => Promise<T>): Promise<T>;
/** One Describe by id: undefined when EC2 says the id is not found. */
export declare function describeOne<T>(id: string, send: () => Promise<T | undefined>): Promise<T | undefined>;
/** An EC2 description in the dispatcher's form. */
export declare function found<R extends {
    Tags?: Tag[];
}>(id: string, resource: R): Found<R>;
/**
 * Filters for the resources an earlier attempt of `op` tagged with its token, in this
 * environment, by this very repository (the dispatcher then checks the address).
 */
export declare function tokenFilters(op: ResourceOperation): {
    Name: string;
    Values: string[];
}[];
/**
 * What earlier attempts of `op` left, found by their token tag: `describe` sends the type's
 * Describe call with `filters` (tokenFilters, plus any of its own) and answers its items.
 */
export declare function byToken<R extends {
    Tags?: Tag[];
}>(op: ResourceOperation, idOf: (resource: R) => string | undefined, describe: (filters: {
    Name: string;
    Values: string[];
}[]) => Promise<R[] | undefined>): Promise<Found<R>[]>;
/** The id a create call returned, which EC2 always sends. */
export declare function createdId(id: string | undefined, call: string, op: {
    address: string;
}): string;
/**
 * Sets user tags (and our private ones in `extra`) to exactly what the operation says, and the
 * ownership tags to what an update by the operation's repository keeps (ownershipChanges).
 */
export declare function convergeTags(ctx: AwsContext, id: string, current: Tag[] | undefined, op: ResourceOperation, extra?: Record<string, string | undefined>): Promise<void>;
/**
 * Deletes a VPC, subnet or group. DependencyViolation is retried until the timeout: interfaces
 * of just-terminated instances linger for a while and hold on to their subnet and groups. EC2
 * never deletes what a VPC or subnet holds (unlike an Azure resource group), so no container
 * check is needed here: anything left inside, ours or not, makes the delete fail.
 */
export declare function deleteWhenFree(ctx: AwsContext, id: string, remove: () => Promise<unknown>): Promise<void>;
/**
 * Runs `remove` until it succeeds or finds nothing, retrying while EC2 answers `busy` (something
 * else still holds the resource); past the timeout the last such error is raised, naming `doing`.
 */
export declare function retryWhileBusy(ctx: AwsContext, busy: string, doing: string, waitingFor: string, remove: () => Promise<unknown>): Promise<void>;
/**
 * Deletes `id` and waits until `isGone` says so; already gone is what a delete wants. What comes
 * next may need it really gone (an address is released only after its NAT gateway is).
 */
export declare function deleteAndWait(ctx: AwsContext, { id, address }: {
    id: string;
    address: string;
}, remove: () => Promise<unknown>, isGone: () => Promise<boolean>): Promise<void>;
