/**
 * Where imported resources live, as a spec states it: the region (from ARNs, zones and locations
 * in the state, since a state does not record the provider's configuration), GCP's project, and
 * Azure's subscription and resource group.
 */
import type { Cloud } from "../spec/model.js";
/** The region, from what the state's resources say of themselves. */
export declare function regionOf(cloud: Cloud, all: Record<string, unknown>[]): string | undefined;
/** GCP's project and Azure's subscription and resource group, which a spec of those clouds names. */
export declare function cloudFields(cloud: Cloud, all: Record<string, unknown>[]): Record<string, string>;
