/**
 * The AKS, SQL and App Service SDKs load only when an environment needs them: a plan of a spec
 * with only a VM never imports them, one listing finds the optional types the spec dropped, and
 * each client is made once per provider, with the configured endpoint's own token audience.
 */
import type * as AksSdk from "@azure/arm-containerservice";
import type * as SqlSdk from "@azure/arm-sql";
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { PriceCatalog } from "../../../src/cost/catalog.js";
import { createAzureProvider } from "../../../src/providers/azure/index.js";
import { fakeAzure } from "./arm-fake/index.js";
import { BASE_TYPES, ownerTags, RG_PATH, target } from "./fixtures.js";

const loaded = vi.hoisted(() => ({ modules: [] as string[], clients: [] as string[] }));

vi.mock("@azure/arm-containerservice", async (importOriginal) => {
  loaded.modules.push("arm-containerservice");
  const sdk = await importOriginal<typeof AksSdk>();
  class ContainerServiceClient extends sdk.ContainerServiceClient {
    constructor(...args: ConstructorParameters<typeof sdk.ContainerServiceClient>) {
      super(...args);
      loaded.clients.push("aks");
    }
  }
  return { ...sdk, ContainerServiceClient };
});
vi.mock("@azure/arm-sql", async (importOriginal) => {
  loaded.modules.push("arm-sql");
  const sdk = await importOriginal<typeof SqlSdk>();
  class SqlManagementClient extends sdk.SqlManagementClient {
    constructor(...args: ConstructorParameters<typeof sdk.SqlManagementClient>) {
      super(...args);
      loaded.clients.push("sql");
    }
  }
  return { ...sdk, SqlManagementClient };
});
vi.mock("@azure/arm-appservice", async (importOriginal) => {
  loaded.modules.push("arm-appservice");
  return importOriginal();
});

const vmOnly = { ...target, types: ["azurerm_linux_virtual_machine"] };
const CLUSTER = `${RG_PATH}/providers/Microsoft.ContainerService/managedClusters/staging-main-aaaaaa`;

describe("azure services loaded on demand (in this order: the modules load once per file)", () => {
  beforeAll(() => nock.disableNetConnect());
  afterAll(() => nock.enableNetConnect());
  afterEach(() => nock.cleanAll());

  it("a plan of a spec with only a VM loads none of the new SDKs and asks none of their APIs", async () => {
    const { fake, provider } = await fakeAzure();
    expect(await provider.readLive(vmOnly)).toEqual([]);
    expect(await provider.readLive({ ...target, types: BASE_TYPES })).toEqual([]);
    expect(loaded.modules).toEqual([]);
    // One discovery listing per read stands in for all six optional types.
    expect(
      fake.calls("GET", "/resources").filter((s) => s.path.toLowerCase().endsWith("/resources")),
    ).toHaveLength(2);
    expect(fake.sent.filter((s) => /Microsoft\.(Sql|ContainerService|Web)|\/disks/i.test(s.path))).toEqual(
      [],
    );
  });

  it("still sees a cluster the spec dropped, loading only the AKS SDK to read it", async () => {
    const { fake, provider } = await fakeAzure();
    fake.store.set({
      id: CLUSTER,
      name: "staging-main-aaaaaa",
      type: "Microsoft.ContainerService/managedClusters",
      location: "eastus",
      tags: ownerTags("azurerm_kubernetes_cluster.main"),
      properties: {
        provisioningState: "Succeeded",
        dnsPrefix: "payments",
        kubernetesVersion: "1.33.2",
        agentPoolProfiles: [{ name: "system", vmSize: "Standard_D2s_v5", count: 2, mode: "System" }],
      },
    });
    const live = await provider.readLive(vmOnly);
    expect(live.map((r) => [r.address, r.id])).toEqual([
      ["azurerm_kubernetes_cluster.main", CLUSTER.toLowerCase()],
    ]);
    expect(loaded.modules).toEqual(["arm-containerservice"]);
    expect(fake.sent.filter((s) => /Microsoft\.(Sql|Web)/i.test(s.path))).toEqual([]);
    // So the plan can delete it, through the same client.
    await provider.delete(vmOnly, {
      id: CLUSTER,
      address: "azurerm_kubernetes_cluster.main",
      type: "azurerm_kubernetes_cluster",
    });
    expect(fake.resource(CLUSTER)).toBeUndefined();
    expect(loaded.clients).toEqual(["aks"]);
  });

  it("makes a service's client once per provider, however many reads use it", async () => {
    const { provider } = await fakeAzure();
    const sql = { ...target, types: ["azurerm_mssql_server", "azurerm_mssql_database"] };
    await provider.readLive(sql);
    await provider.readLive(sql);
    expect(loaded.clients.filter((c) => c === "sql")).toHaveLength(1);
    expect(loaded.modules).not.toContain("arm-appservice");
  });

  it("asks every new client's token for a sovereign endpoint's own audience", async () => {
    const CHINA = "https://management.chinacloudapi.cn";
    const scopes = new Set<string>();
    const provider = await createAzureProvider(
      {
        store: () => {
          throw new Error("unused");
        },
        catalog: {} as PriceCatalog,
        settings: { default: "azure", azure: { endpoint: CHINA } },
        env: {},
      },
      {
        credential: {
          getToken: async (asked) => {
            for (const s of [asked].flat()) scopes.add(s);
            return { token: "t", expiresOnTimestamp: Date.now() + 3.6e6 };
          },
        },
      },
    );
    const hosts: string[] = [];
    nock(CHINA)
      .persist()
      .get(/.*/)
      .reply((req: Request) => {
        hosts.push(new URL(req.url).pathname);
        return [200, { value: [] }];
      });
    const every = [
      "azurerm_managed_disk",
      "azurerm_kubernetes_cluster",
      "azurerm_mssql_server",
      "azurerm_service_plan",
      "azurerm_linux_function_app",
    ];
    expect(await provider.readLive({ ...target, types: every })).toEqual([]);
    expect([...scopes]).toEqual([`${CHINA}/.default`]);
    for (const kind of ["/disks", "/managedClusters", "/servers", "/serverfarms", "/sites"])
      expect(hosts.some((p) => p.endsWith(kind))).toBe(true);
  });
});
