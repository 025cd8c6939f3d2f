/**
 * Hourly machine prices (EC2, Compute Engine, Azure VMs) as cost components, shared by the
 * `compute` pricing rule and by node groups and node pools.
 */
import { type CostComponent } from "./model.js";
import type { MachineCatalog } from "./catalog.js";
import { type EstimateContext } from "./estimator.js";
/**
 * `count` machines of `size` running all month. `sizeProperty` names the attribute for the message
 * when the size is missing.
 */
export declare function machineComponent(ctx: EstimateContext, catalog: MachineCatalog, size: string | undefined, sizeProperty: string, count?: number): CostComponent;
/** The public IPv4 address a compute resource asks for, billed by the hour while attached. */
export declare function publicIpv4(ctx: EstimateContext, catalog: MachineCatalog): CostComponent;
