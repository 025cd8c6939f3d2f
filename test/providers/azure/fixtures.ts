/** Shared setup for Azure provider tests: real ARM clients against nock, with a fake credential. */
import type nock from "nock";
import type { PriceCatalog } from "../../../src/cost/catalog.js";
import { createAzureProvider } from "../../../src/providers/azure/index.js";
import type { Provider, ProviderTarget } from "../../../src/providers/provider.js";

export const ARM = "https://management.azure.com";
export const SUB = "00000000-0000-0000-0000-000000000001";
export const RG_PATH = `/subscriptions/${SUB}/resourceGroups/payments-rg`;
export const NET = `${RG_PATH}/providers/Microsoft.Network`;
export const COMPUTE = `${RG_PATH}/providers/Microsoft.Compute`;
export const REPOSITORY = "octo/payments";
/** The types of the Azure handlers that are always listed; a spec of them loads no optional SDK. */
export const BASE_TYPES = [
  "azurerm_linux_virtual_machine",
  "azurerm_network_interface",
  "azurerm_network_security_group",
  "azurerm_public_ip",
  "azurerm_resource_group",
  "azurerm_subnet",
  "azurerm_virtual_network",
];
/** Its `types`, as targetOf makes them, name only the always-listed types (see `nothingElse`). */
export const target: ProviderTarget = {
  environment: "staging",
  repository: REPOSITORY,
  region: "eastus",
  subscription: SUB,
  resourceGroup: "payments-rg",
  types: BASE_TYPES,
};

/** The live read's discovery of optional types (discover.ts) finds none of them. */
export function nothingElse(scope: nock.Scope): nock.Scope {
  return scope.get(`/subscriptions/${SUB}/resources`).query(true).reply(200, { value: [] });
}

export function azureProvider(progress: string[] = []): Promise<Provider> {
  return createAzureProvider(
    {
      store: () => {
        throw new Error("the azure provider must not open the store");
      },
      catalog: {} as PriceCatalog,
      settings: { default: "azure" },
      env: {},
      progress: (line) => progress.push(line),
    },
    {
      credential: { getToken: async () => ({ token: "t", expiresOnTimestamp: Date.now() + 3.6e6 }) },
      updateIntervalInMs: 1,
    },
  );
}

export const ownerTags = (address: string, extra: Record<string, string> = {}) => ({
  team: "payments",
  "plagentic:environment": "staging",
  "plagentic:repository": REPOSITORY,
  "plagentic:address": address,
  ...extra,
});

/** A VM as the REST API returns it (wire format: everything under `properties`). */
export function wireVm(name: string, address: string) {
  return {
    id: `${COMPUTE}/virtualMachines/${name}`,
    name,
    location: "eastus",
    tags: ownerTags(address, { "plagentic:omitted": "location,resource_group,os_disk.disk_size_gb" }),
    properties: {
      hardwareProfile: { vmSize: "Standard_B1s" },
      osProfile: {
        computerName: name,
        adminUsername: "azureuser",
        linuxConfiguration: {
          disablePasswordAuthentication: true,
          ssh: {
            publicKeys: [{ path: "/home/azureuser/.ssh/authorized_keys", keyData: "ssh-ed25519 AAAA" }],
          },
        },
      },
      storageProfile: {
        osDisk: { caching: "ReadWrite", managedDisk: { storageAccountType: "Standard_LRS" }, diskSizeGB: 30 },
        imageReference: {
          publisher: "Canonical",
          offer: "ubuntu-24_04-lts",
          sku: "server",
          version: "latest",
        },
      },
      networkProfile: { networkInterfaces: [{ id: `${NET}/networkInterfaces/staging-web-nic-aaaaaa` }] },
    },
  };
}
