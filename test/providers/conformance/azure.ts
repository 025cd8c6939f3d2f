/**
 * The Azure provider in the conformance suite, against the stateful ARM fake of
 * test/providers/azure/arm-fake/ (long-running operations, discovery, resource groups); hooks
 * edit what the fake stores.
 */
import nock from "nock";
import { OWNER_TAG_REPOSITORY, type LiveResource } from "../../../src/providers/provider.js";
import { fakeAzure, type ArmFake, type Wire } from "../azure/arm-fake/index.js";
import { SUB } from "../azure/fixtures.js";
import type { ProviderHarness, SpecResource, TypeCase } from "./harness.js";

type Body = Record<string, unknown>;

function storedOf(arm: ArmFake, r: LiveResource): Wire {
  const body = arm.store.get(r.id);
  if (!body) throw new Error(`the fake holds nothing at ${r.id}`);
  return body;
}
const propertiesOf = (arm: ArmFake, r: LiveResource) => storedOf(arm, r).properties;

/** Writes `repository` as the owner on the resource, or for a subnet on its network. */
function disown(arm: ArmFake, r: LiveResource, repository: string): void {
  const id = r.id.replace(/\/subnets\/[^/]+$/, "");
  const body = arm.store.get(id);
  if (!body) throw new Error(`the fake holds nothing at ${id}`);
  body.tags = { ...body.tags, [OWNER_TAG_REPOSITORY]: repository };
}

export const VIRTUAL_NETWORK: SpecResource = {
  type: "azurerm_virtual_network",
  name: "main",
  properties: { address_space: ["10.0.0.0/16"] },
};
export const SUBNET: SpecResource = {
  type: "azurerm_subnet",
  name: "app",
  properties: { virtual_network: "ref(azurerm_virtual_network.main)", address_prefixes: ["10.0.1.0/24"] },
};
export const NETWORK_INTERFACE: SpecResource = {
  type: "azurerm_network_interface",
  name: "web",
  properties: { subnet: "ref(azurerm_subnet.app)" },
};

export const MSSQL_SERVER: SpecResource = {
  type: "azurerm_mssql_server",
  name: "db",
  properties: {
    version: "12.0",
    azuread_administrator: { login_username: "dba-group", object_id: "11111111-2222-3333-4444-555555555555" },
    minimum_tls_version: "1.2",
    public_network_access_enabled: false,
  },
};
export const SERVICE_PLAN: SpecResource = {
  type: "azurerm_service_plan",
  name: "fn",
  properties: { os_type: "Linux", sku_name: "Y1" },
};

const cases: TypeCase<ArmFake>[] = [
  {
    type: "azurerm_resource_group",
    properties: { location: "eastus" },
    drift: async (arm, r) => {
      storedOf(arm, r).location = "westus";
      return "location";
    },
  },
  {
    type: "azurerm_virtual_network",
    properties: VIRTUAL_NETWORK.properties,
    drift: async (arm, r) => {
      propertiesOf(arm, r)["addressSpace"] = { addressPrefixes: ["10.0.0.0/16", "10.1.0.0/16"] };
      return "address_space";
    },
  },
  {
    type: "azurerm_subnet",
    needs: [VIRTUAL_NETWORK],
    properties: SUBNET.properties,
    drift: async (arm, r) => {
      propertiesOf(arm, r)["addressPrefixes"] = ["10.0.2.0/24"];
      return "address_prefixes";
    },
  },
  {
    type: "azurerm_network_security_group",
    properties: {
      security_rule: [
        {
          name: "https",
          priority: 100,
          direction: "Inbound",
          access: "Allow",
          protocol: "Tcp",
          source_port_range: "*",
          destination_port_range: "443",
          source_address_prefix: "*",
          destination_address_prefix: "*",
        },
      ],
    },
    drift: async (arm, r) => {
      const rules = propertiesOf(arm, r)["securityRules"] as { properties: Body }[];
      rules[0]!.properties["destinationPortRange"] = "22";
      return "security_rule";
    },
  },
  {
    type: "azurerm_public_ip",
    properties: { allocation_method: "Static", sku: "Standard" },
    drift: async (arm, r) => {
      propertiesOf(arm, r)["publicIPAllocationMethod"] = "Dynamic";
      return "allocation_method";
    },
  },
  {
    type: "azurerm_network_interface",
    needs: [VIRTUAL_NETWORK, SUBNET],
    properties: NETWORK_INTERFACE.properties,
    drift: async (arm, r) => {
      const config = (propertiesOf(arm, r)["ipConfigurations"] as { properties: Body }[])[0]!;
      config.properties["privateIPAllocationMethod"] = "Static";
      config.properties["privateIPAddress"] = "10.0.1.9";
      return "private_ip_address_allocation";
    },
  },
  {
    type: "azurerm_linux_virtual_machine",
    needs: [VIRTUAL_NETWORK, SUBNET, NETWORK_INTERFACE],
    properties: {
      size: "Standard_B1s",
      admin_username: "azureuser",
      admin_ssh_key: [{ username: "azureuser", public_key: "ssh-ed25519 AAAA" }],
      network_interfaces: ["ref(azurerm_network_interface.web)"],
      os_disk: { caching: "ReadWrite", storage_account_type: "Standard_LRS" },
      source_image_reference: {
        publisher: "Canonical",
        offer: "ubuntu-24_04-lts",
        sku: "server",
        version: "latest",
      },
    },
    drift: async (arm, r) => {
      (propertiesOf(arm, r)["hardwareProfile"] as Body)["vmSize"] = "Standard_B2s";
      return "size";
    },
  },
  {
    type: "azurerm_managed_disk",
    properties: { storage_account_type: "Premium_LRS", create_option: "Empty", disk_size_gb: 64 },
    drift: async (arm, r) => {
      propertiesOf(arm, r)["diskSizeGB"] = 128;
      return "disk_size_gb";
    },
  },
  {
    type: "azurerm_kubernetes_cluster",
    properties: {
      dns_prefix: "payments",
      sku_tier: "Free",
      default_node_pool: { name: "system", vm_size: "Standard_D2s_v5", node_count: 2 },
    },
    drift: async (arm, r) => {
      (propertiesOf(arm, r)["agentPoolProfiles"] as Body[])[0]!["count"] = 5;
      return "default_node_pool";
    },
  },
  {
    type: "azurerm_mssql_server",
    properties: MSSQL_SERVER.properties,
    drift: async (arm, r) => {
      propertiesOf(arm, r)["publicNetworkAccess"] = "Enabled";
      return "public_network_access_enabled";
    },
  },
  {
    type: "azurerm_mssql_database",
    needs: [MSSQL_SERVER],
    properties: { server: "ref(azurerm_mssql_server.db)", sku_name: "S0" },
    // A live read lists only the databases of servers the reader owns: a database another
    // repository took is one whose server it took as well.
    disown: async (arm, r, repository) => {
      disown(arm, r, repository);
      disown(arm, { ...r, id: r.id.replace(/\/databases\/[^/]+$/, "") }, repository);
    },
    drift: async (arm, r) => {
      propertiesOf(arm, r)["currentServiceObjectiveName"] = "S2";
      return "sku_name";
    },
  },
  {
    type: "azurerm_service_plan",
    properties: SERVICE_PLAN.properties,
    drift: async (arm, r) => {
      storedOf(arm, r).sku = { name: "B1", tier: "Basic" };
      return "sku_name";
    },
  },
  {
    type: "azurerm_linux_function_app",
    needs: [SERVICE_PLAN],
    properties: {
      service_plan: "ref(azurerm_service_plan.fn)",
      storage_account_name: "paymentsfn",
      functions_extension_version: "~4",
      https_only: true,
    },
    drift: async (arm, r) => {
      propertiesOf(arm, r)["httpsOnly"] = false;
      return "https_only";
    },
  },
];

export const azureHarness: ProviderHarness<ArmFake> = {
  name: "azure",
  spec: { provider: "azure", region: "eastus", subscription: SUB, resource_group: "payments-rg" },
  async start() {
    nock.disableNetConnect();
    nock.enableNetConnect("127.0.0.1");
    // Its clock moves only when the provider sleeps, so the long operations take no time.
    const { fake, provider } = await fakeAzure();
    return {
      provider,
      cloud: fake,
      disown: async (sample, repository) => disown(fake, sample, repository),
      async stop() {
        await provider.close?.();
        nock.cleanAll();
        nock.enableNetConnect();
      },
    };
  },
  cases,
};
