/** `azurerm_linux_virtual_machine`: one PUT with its profiles, polled until done. */
import type { VirtualMachine } from "@azure/arm-compute";
export declare const linuxVirtualMachine: import("../../provider.js").ResourceHandler<import("../context.js").AzureContext, VirtualMachine>;
