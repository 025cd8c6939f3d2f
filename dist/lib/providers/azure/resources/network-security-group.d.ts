/** `azurerm_network_security_group`: its rules are part of its body. */
import type { NetworkSecurityGroup } from "@azure/arm-network";
export declare const networkSecurityGroup: import("../../provider.js").ResourceHandler<import("../context.js").AzureContext, NetworkSecurityGroup>;
