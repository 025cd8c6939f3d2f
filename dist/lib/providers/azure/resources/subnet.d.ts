/**
 * `azurerm_subnet`. A subnet takes no tags: it is owned when its virtual network is and its name
 * is one Plagentic generates (names.ts), which also encodes its address. Its live state comes from
 * the networks' listing, and it is PUT inside its network.
 */
import type { Subnet } from "@azure/arm-network";
import { type ResourceHandler } from "../../provider.js";
import { type AzureContext } from "../context.js";
interface InNetwork {
    subnet: Subnet;
    /** Its network's id. */
    network: string;
}
export declare const subnet: ResourceHandler<AzureContext, InNetwork>;
export {};
