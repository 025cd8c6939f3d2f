import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { diffResources, normalizeLive } from "../../../src/plan/diff.js";
import { ProviderOperationError, type ResourceOperation } from "../../../src/providers/provider.js";
import { parseEnvironment } from "../../../src/spec/parse.js";
import { ARM, COMPUTE, NET, SUB, azureProvider, nothingElse, ownerTags, target, wireVm } from "./fixtures.js";
import { countReadCalls } from "./read-calls.js";

const TOKEN = "1b4e28ba-2fa1-81d2-a83b-0123456789ab";
const ASYNC_OP = `${ARM}/subscriptions/${SUB}/providers/Microsoft.Network/locations/eastus/operations/op-1?api-version=2024-05-01`;

async function failure(p: Promise<unknown>): Promise<ProviderOperationError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ProviderOperationError);
  return err as ProviderOperationError;
}

/** Empty lists for the resource kinds a test does not care about. */
function emptyLists(scope: nock.Scope, except: string[] = []): nock.Scope {
  for (const kind of ["virtualNetworks", "networkSecurityGroups", "publicIPAddresses", "networkInterfaces"]) {
    if (!except.includes(kind)) scope.get(`${NET}/${kind}`).query(true).reply(200, { value: [] });
  }
  if (!except.includes("virtualMachines"))
    scope.get(`${COMPUTE}/virtualMachines`).query(true).reply(200, { value: [] });
  return scope;
}

describe("azure provider", () => {
  beforeAll(() => nock.disableNetConnect());
  afterAll(() => nock.enableNetConnect());
  afterEach(() => nock.cleanAll());

  it("names itself and lists the types it applies", async () => {
    const provider = await azureProvider();
    expect(provider.name).toBe("azure");
    expect(provider.capabilities.applies).toContain("azurerm_linux_virtual_machine");
    expect(provider.capabilities.applies).toEqual([
      "azurerm_resource_group",
      "azurerm_virtual_network",
      "azurerm_subnet",
      "azurerm_network_security_group",
      "azurerm_network_interface",
      "azurerm_public_ip",
      "azurerm_linux_virtual_machine",
      "azurerm_managed_disk",
      "azurerm_kubernetes_cluster",
      "azurerm_mssql_server",
      "azurerm_mssql_database",
      "azurerm_service_plan",
      "azurerm_linux_function_app",
    ]);
  });

  it("creates by PUT and polls the Azure-AsyncOperation until Succeeded", async () => {
    const progress: string[] = [];
    const provider = await azureProvider(progress);
    let putPath = "";
    let body: Record<string, unknown> = {};
    nock(ARM)
      // Nothing has the name yet (existing.ts), so the create may PUT.
      .get((p) => p.startsWith(`${NET}/virtualNetworks/`))
      .query(true)
      .reply(404, { error: { code: "ResourceNotFound", message: "not found" } })
      .put((p) => p.startsWith(`${NET}/virtualNetworks/`))
      .query(true)
      .reply(async (req: Request) => {
        putPath = new URL(req.url).pathname;
        body = JSON.parse(await req.text()) as Record<string, unknown>;
        return [
          201,
          {
            ...body,
            id: putPath,
            name: putPath.split("/").pop(),
            properties: { ...(body["properties"] as object), provisioningState: "Updating" },
          },
          { "Azure-AsyncOperation": ASYNC_OP },
        ];
      })
      .get(`/subscriptions/${SUB}/providers/Microsoft.Network/locations/eastus/operations/op-1`)
      .query(true)
      .reply(200, { status: "InProgress" })
      .get(`/subscriptions/${SUB}/providers/Microsoft.Network/locations/eastus/operations/op-1`)
      .query(true)
      .reply(200, { status: "Succeeded" })
      .get((p) => p.startsWith(`${NET}/virtualNetworks/`))
      .query(true)
      .reply(() => [
        200,
        {
          ...body,
          id: putPath,
          name: putPath.split("/").pop(),
          properties: { ...(body["properties"] as object), provisioningState: "Succeeded", subnets: [] },
        },
      ]);

    const op: ResourceOperation = {
      target,
      address: "azurerm_virtual_network.main",
      type: "azurerm_virtual_network",
      attributes: { address_space: ["10.0.0.0/16"], dns_servers: [] },
      tags: { team: "payments" },
      token: TOKEN,
    };
    const live = await provider.create(op);

    expect(putPath).toMatch(/\/virtualNetworks\/staging-main-[0-9a-f]{6}$/);
    expect(body["tags"]).toEqual({
      team: "payments",
      "plagentic:environment": "staging",
      "plagentic:repository": "octo/payments",
      "plagentic:address": "azurerm_virtual_network.main",
      "plagentic:omitted": "location,resource_group",
    });
    expect(body["location"]).toBe("eastus");
    expect(live.id).toBe(putPath.toLowerCase());
    expect(live.attributes).toEqual({ address_space: ["10.0.0.0/16"], dns_servers: [] });
    expect(live.tags).toEqual({ team: "payments" });
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("a retried create PUTs the same name, so Azure updates instead of duplicating", async () => {
    const provider = await azureProvider();
    const paths: string[] = [];
    nock(ARM)
      .get((p) => p.startsWith(`${NET}/publicIPAddresses/`))
      .query(true)
      .times(2)
      .reply(404, { error: { code: "ResourceNotFound", message: "not found" } })
      .put((p) => p.startsWith(`${NET}/publicIPAddresses/`))
      .query(true)
      .times(2)
      .reply((req: Request) => {
        paths.push(new URL(req.url).pathname);
        return [409, { error: { code: "Conflict", message: "stop here" } }];
      });
    const op: ResourceOperation = {
      target,
      address: "azurerm_public_ip.web",
      type: "azurerm_public_ip",
      attributes: { allocation_method: "Static", sku: "Standard", ip_version: "IPv4" },
      tags: {},
      token: TOKEN,
    };
    expect((await failure(provider.create(op))).code).toBe("Conflict");
    await failure(provider.create(op));
    expect(paths[0]).toBe(paths[1]);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("reports a failed allocation (async operation Failed) with Azure's error code", async () => {
    const provider = await azureProvider();
    const vmOp = `${ARM}/subscriptions/${SUB}/providers/Microsoft.Compute/locations/eastus/operations/vm-op?api-version=2025-04-01`;
    nock(ARM)
      .get((p) => p.startsWith(`${COMPUTE}/virtualMachines/`))
      .query(true)
      .reply(404, { error: { code: "ResourceNotFound", message: "not found" } })
      .put((p) => p.startsWith(`${COMPUTE}/virtualMachines/`))
      .query(true)
      .reply(async (req: Request) => {
        const body = JSON.parse(await req.text()) as Record<string, unknown>;
        // Profiles must sit under `properties` on the wire (the SDK model has them at the top level).
        expect(Object.keys(body["properties"] as object)).toEqual(
          expect.arrayContaining(["hardwareProfile", "osProfile", "storageProfile", "networkProfile"]),
        );
        return [
          201,
          { ...body, properties: { ...(body["properties"] as object), provisioningState: "Creating" } },
          { "Azure-AsyncOperation": vmOp },
        ];
      })
      .get(`/subscriptions/${SUB}/providers/Microsoft.Compute/locations/eastus/operations/vm-op`)
      .query(true)
      .reply(200, { status: "InProgress" })
      .get(`/subscriptions/${SUB}/providers/Microsoft.Compute/locations/eastus/operations/vm-op`)
      .query(true)
      .reply(200, {
        status: "Failed",
        error: {
          code: "AllocationFailed",
          message: "Allocation failed. We do not have sufficient capacity.",
        },
      });

    const err = await failure(
      provider.create({
        target,
        address: "azurerm_linux_virtual_machine.web",
        type: "azurerm_linux_virtual_machine",
        attributes: {
          size: "Standard_B1s",
          admin_username: "azureuser",
          disable_password_authentication: true,
          network_interfaces: [`${NET}/networkInterfaces/nic`.toLowerCase()],
          os_disk: { caching: "ReadWrite", storage_account_type: "Standard_LRS" },
        },
        tags: {},
        token: TOKEN,
      }),
    );
    expect(err.code).toBe("AllocationFailed");
    expect(err.message).toContain("capacity");
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("reads by resource group with list calls that follow nextLink, ignoring untagged resources", async () => {
    const provider = await azureProvider();
    const scope = nothingElse(nock(ARM))
      .get(`/subscriptions/${SUB}/resourcegroups`)
      .query((q) =>
        String(q["$filter"]).includes("tagName eq 'plagentic:environment' and tagValue eq 'staging'"),
      )
      .reply(200, { value: [] });
    emptyLists(scope, ["virtualMachines"])
      .get(`${COMPUTE}/virtualMachines`)
      .query((q) => q["page"] === undefined)
      .reply(200, {
        value: [
          wireVm("staging-web-0-aaaaaa", "azurerm_linux_virtual_machine.web[0]"),
          { ...wireVm("handmade", "x"), tags: { team: "payments" } },
        ],
        nextLink: `${ARM}${COMPUTE}/virtualMachines?api-version=2025-04-01&page=2`,
      })
      .get(`${COMPUTE}/virtualMachines`)
      .query((q) => q["page"] === "2")
      .reply(200, {
        value: [
          wireVm("staging-web-1-aaaaaa", "azurerm_linux_virtual_machine.web[1]"),
          {
            ...wireVm("prod-web", "azurerm_linux_virtual_machine.web[0]"),
            tags: {
              ...ownerTags("azurerm_linux_virtual_machine.web[0]"),
              "plagentic:environment": "production",
            },
          },
        ],
      });

    const live = await provider.readLive(target);

    expect(live.map((r) => r.address)).toEqual([
      "azurerm_linux_virtual_machine.web[0]",
      "azurerm_linux_virtual_machine.web[1]",
    ]);
    expect(live[0]!.attributes["size"]).toBe("Standard_B1s");
    expect(live[0]!.attributes["os_disk"]).toEqual({
      caching: "ReadWrite",
      storage_account_type: "Standard_LRS",
    });
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("normalises live state so that the spec it came from diffs clean", async () => {
    const provider = await azureProvider();
    const env = parseEnvironment(
      [
        "environment: staging",
        "provider: azure",
        "region: eastus",
        `subscription: ${SUB}`,
        "resource_group: payments-rg",
        "tags: { team: payments }",
        "resources:",
        "  - type: azurerm_virtual_network",
        "    name: main",
        "    properties: { address_space: [10.0.0.0/16] }",
        "  - type: azurerm_subnet",
        "    name: app",
        "    properties: { virtual_network: ref(azurerm_virtual_network.main), address_prefixes: [10.0.1.0/24] }",
        "  - type: azurerm_network_interface",
        "    name: web",
        "    properties: { subnet: ref(azurerm_subnet.app) }",
        "  - type: azurerm_linux_virtual_machine",
        "    name: web",
        "    properties:",
        "      size: Standard_B1s",
        "      admin_username: azureuser",
        "      admin_ssh_key: [{ username: azureuser, public_key: ssh-ed25519 AAAA }]",
        "      network_interfaces: [ref(azurerm_network_interface.web)]",
        "      os_disk: { caching: ReadWrite, storage_account_type: Standard_LRS }",
        "      source_image_reference: { publisher: Canonical, offer: ubuntu-24_04-lts, sku: server, version: latest }",
      ].join("\n"),
      "environments/staging.yaml",
    );
    const vnetId = `${NET}/virtualNetworks/staging-main-aaaaaa`;
    const omitted = { "plagentic:omitted": "location,resource_group" };
    const scope = nothingElse(nock(ARM))
      .get(`/subscriptions/${SUB}/resourcegroups`)
      .query(true)
      .reply(200, { value: [] });
    emptyLists(scope, ["virtualNetworks", "networkInterfaces", "virtualMachines"])
      .get(`${NET}/virtualNetworks`)
      .query(true)
      .reply(200, {
        value: [
          {
            id: vnetId,
            name: "staging-main-aaaaaa",
            location: "eastus",
            tags: ownerTags("azurerm_virtual_network.main", omitted),
            properties: {
              addressSpace: { addressPrefixes: ["10.0.0.0/16"] },
              subnets: [
                {
                  id: `${vnetId}/subnets/plg.app.bbbbbb`,
                  name: "plg.app.bbbbbb",
                  properties: { addressPrefix: "10.0.1.0/24" },
                },
                // A subnet someone added by hand to the owned network: not Plagentic's.
                {
                  id: `${vnetId}/subnets/manual`,
                  name: "manual",
                  properties: { addressPrefix: "10.0.9.0/24" },
                },
              ],
            },
          },
        ],
      })
      .get(`${NET}/networkInterfaces`)
      .query(true)
      .reply(200, {
        value: [
          {
            // Azure upper-cases the group inside ids now and then; ids compare case-insensitively.
            id: `${NET}/networkInterfaces/staging-web-nic-aaaaaa`.replace("payments-rg", "PAYMENTS-RG"),
            name: "staging-web-nic-aaaaaa",
            location: "eastus",
            tags: ownerTags("azurerm_network_interface.web", omitted),
            properties: {
              ipConfigurations: [
                {
                  name: "internal",
                  properties: {
                    primary: true,
                    privateIPAllocationMethod: "Dynamic",
                    privateIPAddress: "10.0.1.4",
                    subnet: { id: `${vnetId}/subnets/plg.app.bbbbbb` },
                  },
                },
              ],
            },
          },
        ],
      })
      .get(`${COMPUTE}/virtualMachines`)
      .query(true)
      .reply(200, { value: [wireVm("staging-web-aaaaaa", "azurerm_linux_virtual_machine.web")] });

    const live = normalizeLive(await provider.readLive(target));

    expect(live.map((r) => r.address)).toEqual([
      "azurerm_linux_virtual_machine.web",
      "azurerm_network_interface.web",
      "azurerm_subnet.app",
      "azurerm_virtual_network.main",
    ]);
    const vm = live.find((r) => r.type === "azurerm_linux_virtual_machine")!;
    expect(vm.attributes["network_interfaces"]).toEqual(["ref(azurerm_network_interface.web)"]);
    const changes = diffResources(env.resources, live, { writeOnly: provider.capabilities.writeOnly ?? {} });
    expect(changes).toEqual([]);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("deleting something already gone counts as success", async () => {
    const provider = await azureProvider();
    nock(ARM)
      .get(`${NET}/publicIPAddresses/gone`)
      .query(true)
      .reply(404, { error: { code: "ResourceNotFound", message: "not found" } });
    await provider.delete(target, {
      id: `${NET}/publicIPAddresses/gone`.toLowerCase(),
      address: "azurerm_public_ip.web",
      type: "azurerm_public_ip",
    });
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("counts read calls for the benchmark: one list per kind, plus one per extra page", async () => {
    // The resource groups, five kinds, and the discovery of optional types (discover.ts).
    expect(await countReadCalls(3)).toBe(7);
    expect(await countReadCalls(250)).toBe(9);
  });
});
