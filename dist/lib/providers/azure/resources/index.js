import { linuxVirtualMachine } from "./linux-virtual-machine.js";
import { networkInterface } from "./network-interface.js";
import { networkSecurityGroup } from "./network-security-group.js";
import { publicIp } from "./public-ip.js";
import { resourceGroup } from "./resource-group.js";
import { subnet } from "./subnet.js";
import { virtualNetwork } from "./virtual-network.js";
export const AZURE_HANDLERS = {
    azurerm_resource_group: resourceGroup,
    azurerm_virtual_network: virtualNetwork,
    azurerm_subnet: subnet,
    azurerm_network_security_group: networkSecurityGroup,
    azurerm_network_interface: networkInterface,
    azurerm_public_ip: publicIp,
    azurerm_linux_virtual_machine: linuxVirtualMachine,
};
