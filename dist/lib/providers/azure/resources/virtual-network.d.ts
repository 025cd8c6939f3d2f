/**
 * `azurerm_virtual_network`. Its listing also holds its subnets (subnet.ts maps them from it). A
 * PUT without the subnets would remove them, so an update keeps those it has; a delete takes the
 * subnets with it, so it is refused while one Plagentic did not make is inside.
 */
import type { VirtualNetwork } from "@azure/arm-network";
import { type Clients } from "../context.js";
/** The live read's one listing of networks, shared with the subnets. */
export declare const VIRTUAL_NETWORKS = "virtual networks";
export declare const listVirtualNetworks: (c: Clients, group: string) => import("@azure/arm-network").PagedAsyncIterableIterator<VirtualNetwork, VirtualNetwork[], import("@azure/arm-network").PageSettings>;
export declare const virtualNetwork: import("../../provider.js").ResourceHandler<import("../context.js").AzureContext, VirtualNetwork>;
