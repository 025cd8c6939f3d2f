/**
 * Which optional Azure types (services whose SDK loads only when needed) have resources in an
 * environment the spec no longer declares: one listing of the subscription's resources carrying
 * the environment's tag, through the resources client that is loaded anyway. A plan of a spec
 * with only a VM then loads neither the AKS, SQL nor App Service SDK, yet still sees (and can
 * delete) a cluster the spec dropped.
 */
import type { ProviderTarget } from "../provider.js";
import { type AzureContext } from "./context.js";
export declare function discoverAzure(ctx: AzureContext, target: ProviderTarget, types: readonly string[]): Promise<ReadonlySet<string>>;
