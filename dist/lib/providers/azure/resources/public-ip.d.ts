/** `azurerm_public_ip`. */
import type { PublicIPAddress } from "@azure/arm-network";
export declare const publicIp: import("../../provider.js").ResourceHandler<import("../context.js").AzureContext, PublicIPAddress>;
