/**
 * The Azure provider in the conformance suite, against the in-memory ARM of
 * test/providers/azure/fake-arm.ts; hooks edit what the fake stores.
 */
import nock from "nock";
import { OWNER_TAG_REPOSITORY, type LiveResource } from "../../../src/providers/provider.js";
import { fakeArm, type FakeArm } from "../azure/fake-arm.js";
import { azureProvider, SUB } from "../azure/fixtures.js";
import type { ProviderHarness, SpecResource, TypeCase } from "./harness.js";

type Body = Record<string, unknown>;

function storedOf(arm: FakeArm, r: LiveResource): Body {
  const body = arm.get(r.id);
  if (!body) throw new Error(`the fake holds nothing at ${r.id}`);
  return body;
}
const propertiesOf = (arm: FakeArm, r: LiveResource) => storedOf(arm, r)["properties"] as Body;

/** Writes `repository` as the owner on the resource, or for a subnet on its network. */
function disown(arm: FakeArm, r: LiveResource, repository: string): void {
  const id = r.id.replace(/\/subnets\/[^/]+$/, "");
  const body = arm.get(id);
  if (!body) throw new Error(`the fake holds nothing at ${id}`);
  body["tags"] = { ...(body["tags"] as Body), [OWNER_TAG_REPOSITORY]: repository };
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

const cases: TypeCase<FakeArm>[] = [
  {
    type: "azurerm_resource_group",
    properties: { location: "eastus" },
    drift: async (arm, r) => {
      storedOf(arm, r)["location"] = "westus";
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
];

export const azureHarness: ProviderHarness<FakeArm> = {
  name: "azure",
  spec: { provider: "azure", region: "eastus", subscription: SUB, resource_group: "payments-rg" },
  async start() {
    nock.disableNetConnect();
    nock.enableNetConnect("127.0.0.1");
    const arm = fakeArm(["payments-rg"]);
    const provider = await azureProvider();
    return {
      provider,
      cloud: arm,
      disown: async (sample, repository) => disown(arm, sample, repository),
      async stop() {
        await provider.close?.();
        arm.done();
        nock.enableNetConnect();
      },
    };
  },
  cases,
};
