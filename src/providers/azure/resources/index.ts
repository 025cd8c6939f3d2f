/**
 * The Azure handler table: every type the Azure provider applies, one handler each. Adding a
 * type is one file in this folder and one row here.
 */
import type { HandlerTable } from "../../provider.js";
import type { AzureContext } from "../context.js";
import { kubernetesCluster } from "./kubernetes-cluster.js";
import { linuxFunctionApp } from "./linux-function-app.js";
import { linuxVirtualMachine } from "./linux-virtual-machine.js";
import { managedDisk } from "./managed-disk.js";
import { mssqlDatabase } from "./mssql-database.js";
import { mssqlServer } from "./mssql-server.js";
import { networkInterface } from "./network-interface.js";
import { networkSecurityGroup } from "./network-security-group.js";
import { publicIp } from "./public-ip.js";
import { resourceGroup } from "./resource-group.js";
import { servicePlan } from "./service-plan.js";
import { subnet } from "./subnet.js";
import { virtualNetwork } from "./virtual-network.js";

export const AZURE_HANDLERS: HandlerTable<AzureContext> = {
  azurerm_resource_group: resourceGroup,
  azurerm_virtual_network: virtualNetwork,
  azurerm_subnet: subnet,
  azurerm_network_security_group: networkSecurityGroup,
  azurerm_network_interface: networkInterface,
  azurerm_public_ip: publicIp,
  azurerm_linux_virtual_machine: linuxVirtualMachine,
  azurerm_managed_disk: managedDisk,
  azurerm_kubernetes_cluster: kubernetesCluster,
  azurerm_mssql_server: mssqlServer,
  azurerm_mssql_database: mssqlDatabase,
  azurerm_service_plan: servicePlan,
  azurerm_linux_function_app: linuxFunctionApp,
};
