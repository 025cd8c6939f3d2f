/** `azurerm_network_interface`. */
import type { NetworkInterface } from "@azure/arm-network";
export declare const networkInterface: import("../../provider.js").ResourceHandler<import("../context.js").AzureContext, NetworkInterface>;
