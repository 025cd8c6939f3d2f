import { type ProviderTarget } from "../provider.js";
import type { AwsContext, AwsHandler } from "./context.js";
/**
 * Whether `arn` is of `taggingType` (`service:resource-type`, as GetResources' filter takes it):
 * `arn:aws:elasticloadbalancing:…:loadbalancer/app/…`, `arn:aws:rds:…:db:…`,
 * `arn:aws:eks:…:nodegroup/…`.
 */
export declare function arnIsOfType(arn: string, taggingType: string): boolean;
/**
 * The types among `types` that `target`'s environment holds resources of (owned by it, or
 * shared with it). A type whose handler names no `taggingType` cannot be asked about, so it is
 * always reported: listing it is the only way to know. If the tagging API cannot be read, every
 * type is reported, with a progress line: listing each is slower, but never misses a resource.
 */
export declare function discoverTypes(ctx: AwsContext, target: ProviderTarget, types: readonly string[], handlers: Readonly<Record<string, AwsHandler>>): Promise<ReadonlySet<string>>;
/** A tagged resource as the tagging API lists it: its ARN and every tag. */
export interface TaggedResource {
    arn: string;
    tags: Record<string, string>;
}
/**
 * The environment's resources of `taggingTypes`, in calls that grow with pages; `enough`, given
 * each page, stops the walk early once the caller has what it needs. A handler whose service has
 * no bulk read of its own (Lambda) lists itself this way.
 */
export declare function taggedResources(ctx: AwsContext, target: ProviderTarget, taggingTypes: readonly string[], enough?: (page: readonly TaggedResource[]) => boolean): Promise<TaggedResource[]>;
