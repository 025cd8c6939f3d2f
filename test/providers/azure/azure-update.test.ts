import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ProviderOperationError, type ResourceOperation } from "../../../src/providers/provider.js";
import { ARM, COMPUTE, NET, SUB, azureProvider, ownerTags, target, wireVm } from "./fixtures.js";

const TOKEN = "7e3f1a2b-4c5d-8e6f-a7b8-0123456789ef";
const VM_NAME = "staging-web-aaaaaa";
const VM_PATH = `${COMPUTE}/virtualMachines/${VM_NAME}`;
const VNET_NAME = "staging-main-aaaaaa";
const VNET_PATH = `${NET}/virtualNetworks/${VNET_NAME}`;
const COMPUTE_OP = `/subscriptions/${SUB}/providers/Microsoft.Compute/locations/eastus/operations/vm-op`;
const NETWORK_OP = `/subscriptions/${SUB}/providers/Microsoft.Network/locations/eastus/operations/net-op`;
const NIC_ID = `${NET}/networkInterfaces/staging-web-nic-aaaaaa`.toLowerCase();

type Body = Record<string, unknown>;
type UpdateOp = ResourceOperation & { id: string };

async function failure(p: Promise<unknown>): Promise<ProviderOperationError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ProviderOperationError);
  return err as ProviderOperationError;
}

/** The VM of `wireVm` as a spec would state it, with the parser's defaults. */
function vmOp(attributes: Body = {}, tags: Record<string, string> = { team: "payments" }): UpdateOp {
  return {
    target,
    address: "azurerm_linux_virtual_machine.web",
    type: "azurerm_linux_virtual_machine",
    // Ids are reported lower-case (names.ts canonicalId).
    id: VM_PATH.toLowerCase(),
    attributes: {
      size: "Standard_B1s",
      admin_username: "azureuser",
      admin_ssh_key: [{ username: "azureuser", public_key: "ssh-ed25519 AAAA" }],
      disable_password_authentication: true,
      network_interfaces: [NIC_ID],
      os_disk: { caching: "ReadWrite", storage_account_type: "Standard_LRS" },
      source_image_reference: {
        publisher: "Canonical",
        offer: "ubuntu-24_04-lts",
        sku: "server",
        version: "latest",
      },
      ...attributes,
    },
    tags,
    token: TOKEN,
  } as UpdateOp;
}

/**
 * The ownership check (a GET of the VM), then a PUT answered the way ARM does for a long-running
 * update: 200 with `Updating` and an Azure-AsyncOperation, polled `InProgress` then `final`, then
 * the VM read back.
 */
function vmUpdate(
  puts: { path: string; body: Body }[],
  final: Body,
  readBack: (put: Body) => Body = (put) => put,
): nock.Scope {
  let last: Body = {};
  const scope = nock(ARM)
    .get(VM_PATH)
    .query(true)
    .reply(200, wireVm(VM_NAME, "azurerm_linux_virtual_machine.web"))
    .put((p) => p.startsWith(`${COMPUTE}/virtualMachines/`))
    .query(true)
    .reply(async (req: Request) => {
      const body = JSON.parse(await req.text()) as Body;
      puts.push({ path: new URL(req.url).pathname, body });
      last = {
        ...body,
        id: VM_PATH,
        name: VM_NAME,
        properties: { ...(body["properties"] as object), provisioningState: "Updating" },
      };
      return [200, last, { "Azure-AsyncOperation": `${ARM}${COMPUTE_OP}?api-version=2025-04-01` }];
    })
    .get(COMPUTE_OP)
    .query(true)
    .reply(200, { status: "InProgress" })
    .get(COMPUTE_OP)
    .query(true)
    .reply(200, final);
  if (final["status"] === "Succeeded") {
    scope
      .get(VM_PATH)
      .query(true)
      .reply(() => {
        const back = readBack(last);
        return [
          200,
          { ...back, properties: { ...(back["properties"] as object), provisioningState: "Succeeded" } },
        ];
      });
  }
  return scope;
}

describe("azure provider update", () => {
  beforeAll(() => nock.disableNetConnect());
  afterAll(() => nock.enableNetConnect());
  afterEach(() => nock.cleanAll());

  it("changes a VM's size by a PUT to the existing name, profiles under `properties`, polled to Succeeded", async () => {
    const provider = await azureProvider();
    const puts: { path: string; body: Body }[] = [];
    vmUpdate(puts, { status: "Succeeded" });

    const live = await provider.update(vmOp({ size: "Standard_B2s" }));

    expect(puts).toHaveLength(1);
    const { path, body } = puts[0]!;
    // The existing resource, not a new name from the token (that would create a second VM).
    expect(path).toBe(VM_PATH);
    const props = body["properties"] as Body;
    expect(props["hardwareProfile"]).toEqual({ vmSize: "Standard_B2s" });
    expect(props["osProfile"]).toMatchObject({ computerName: VM_NAME, adminUsername: "azureuser" });
    expect(props["networkProfile"]).toEqual({
      networkInterfaces: [{ id: NIC_ID, properties: { primary: true } }],
    });
    expect(props["storageProfile"]).toMatchObject({
      // Deleted with the VM: a detached, untagged disk would keep the resource group (container.ts).
      osDisk: {
        caching: "ReadWrite",
        managedDisk: { storageAccountType: "Standard_LRS" },
        deleteOption: "Delete",
      },
      imageReference: { publisher: "Canonical", offer: "ubuntu-24_04-lts", sku: "server", version: "latest" },
    });
    // Nothing at the top level but what ARM expects there.
    expect(Object.keys(body).sort()).toEqual(["location", "properties", "tags"]);
    expect(body["location"]).toBe("eastus");
    expect(body["tags"]).toEqual(
      ownerTags("azurerm_linux_virtual_machine.web", {
        "plagentic:omitted": "location,resource_group,os_disk.disk_size_gb",
      }),
    );
    expect(live.id).toBe(VM_PATH.toLowerCase());
    expect(live.attributes["size"]).toBe("Standard_B2s");
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("changes a VM's tags by the same PUT, keeping the ownership tags", async () => {
    const progress: string[] = [];
    const provider = await azureProvider(progress);
    const puts: { path: string; body: Body }[] = [];
    vmUpdate(puts, { status: "Succeeded" });

    const live = await provider.update(vmOp({}, { team: "checkout", cost_center: "cc-42" }));

    expect(puts.map((p) => p.path)).toEqual([VM_PATH]);
    expect(puts[0]!.body["tags"]).toEqual({
      team: "checkout",
      cost_center: "cc-42",
      "plagentic:environment": "staging",
      "plagentic:repository": "octo/payments",
      "plagentic:address": "azurerm_linux_virtual_machine.web",
      "plagentic:omitted": "location,resource_group,os_disk.disk_size_gb",
    });
    expect((puts[0]!.body["properties"] as Body)["hardwareProfile"]).toEqual({ vmSize: "Standard_B1s" });
    expect(live.tags).toEqual({ team: "checkout", cost_center: "cc-42" });
    expect(progress.some((l) => l.includes(VM_NAME))).toBe(true);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("reports an update whose async operation Failed as a ProviderOperationError with Azure's code", async () => {
    const provider = await azureProvider();
    const puts: { path: string; body: Body }[] = [];
    vmUpdate(puts, {
      status: "Failed",
      error: {
        code: "SkuNotAvailable",
        message: "The requested size for resource is currently not available in location 'eastus'.",
      },
    });

    const err = await failure(provider.update(vmOp({ size: "Standard_D64s_v5" })));

    expect(err.code).toBe("SkuNotAvailable");
    expect(err.message).toContain("not available");
    expect(puts.map((p) => p.path)).toEqual([VM_PATH]);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("updates a virtual network with a PUT that keeps the subnets it already has", async () => {
    const provider = await azureProvider();
    const subnets = [
      {
        id: `${VNET_PATH}/subnets/plg.app.bbbbbb`,
        name: "plg.app.bbbbbb",
        properties: { addressPrefix: "10.0.1.0/24", provisioningState: "Succeeded" },
      },
      {
        // Added by hand: a PUT without it would delete it.
        id: `${VNET_PATH}/subnets/manual`,
        name: "manual",
        properties: {
          addressPrefix: "10.0.9.0/24",
          networkSecurityGroup: { id: `${NET}/networkSecurityGroups/manual-nsg` },
        },
      },
    ];
    const existing = {
      id: VNET_PATH,
      name: VNET_NAME,
      location: "eastus",
      tags: ownerTags("azurerm_virtual_network.main", { "plagentic:omitted": "location,resource_group" }),
      properties: {
        addressSpace: { addressPrefixes: ["10.0.0.0/16"] },
        dhcpOptions: { dnsServers: [] },
        subnets,
        provisioningState: "Succeeded",
      },
    };
    let put: Body = {};
    let putPath = "";
    nock(ARM)
      // The ownership check, then the read of the subnets to keep.
      .get(VNET_PATH)
      .query(true)
      .times(2)
      .reply(200, existing)
      .put(VNET_PATH)
      .query(true)
      .reply(async (req: Request) => {
        putPath = new URL(req.url).pathname;
        put = JSON.parse(await req.text()) as Body;
        return [
          200,
          {
            ...existing,
            ...put,
            properties: { ...(put["properties"] as object), provisioningState: "Updating" },
          },
          { "Azure-AsyncOperation": `${ARM}${NETWORK_OP}?api-version=2024-05-01` },
        ];
      })
      .get(NETWORK_OP)
      .query(true)
      .reply(200, { status: "InProgress" })
      .get(NETWORK_OP)
      .query(true)
      .reply(200, { status: "Succeeded" })
      .get(VNET_PATH)
      .query(true)
      .reply(() => [
        200,
        {
          ...existing,
          tags: put["tags"],
          properties: { ...(put["properties"] as object), provisioningState: "Succeeded" },
        },
      ]);

    const live = await provider.update({
      target,
      address: "azurerm_virtual_network.main",
      type: "azurerm_virtual_network",
      id: VNET_PATH.toLowerCase(),
      attributes: { address_space: ["10.0.0.0/16", "10.1.0.0/16"], dns_servers: ["10.0.0.4"] },
      tags: { team: "payments" },
      token: TOKEN,
    });

    expect(putPath).toBe(VNET_PATH);
    const props = put["properties"] as Body;
    expect(props["addressSpace"]).toEqual({ addressPrefixes: ["10.0.0.0/16", "10.1.0.0/16"] });
    expect(props["dhcpOptions"]).toEqual({ dnsServers: ["10.0.0.4"] });
    const sent = props["subnets"] as Body[];
    expect(sent.map((s) => s["name"])).toEqual(["plg.app.bbbbbb", "manual"]);
    expect(sent[0]).toMatchObject({ id: subnets[0]!.id, properties: { addressPrefix: "10.0.1.0/24" } });
    expect(sent[1]).toMatchObject({
      id: subnets[1]!.id,
      properties: {
        addressPrefix: "10.0.9.0/24",
        networkSecurityGroup: { id: `${NET}/networkSecurityGroups/manual-nsg` },
      },
    });
    expect(live.id).toBe(VNET_PATH.toLowerCase());
    expect(live.attributes["address_space"]).toEqual(["10.0.0.0/16", "10.1.0.0/16"]);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("refuses to update a resource without this environment's ownership tags, and sends no PUT", async () => {
    const provider = await azureProvider();
    const handmade = { ...wireVm(VM_NAME, "x"), tags: { team: "payments" } };
    const otherEnvironment = {
      ...wireVm(VM_NAME, "azurerm_linux_virtual_machine.web"),
      tags: { ...ownerTags("azurerm_linux_virtual_machine.web"), "plagentic:environment": "production" },
    };
    const otherAddress = wireVm(VM_NAME, "azurerm_linux_virtual_machine.api");
    const scope = nock(ARM);
    for (const vm of [handmade, otherEnvironment, otherAddress])
      scope.get(VM_PATH).query(true).reply(200, vm);
    // No PUT is mocked: one would fail with nock's NetConnectNotAllowed error, not NotOwned.

    for (let i = 0; i < 3; i++) {
      const err = await failure(provider.update(vmOp({ size: "Standard_B2s" })));
      expect(err.code).toBe("NotOwned");
      expect(err.message).toContain("azurerm_linux_virtual_machine.web in staging of octo/payments");
    }
    expect(nock.pendingMocks()).toEqual([]);
  });
});
