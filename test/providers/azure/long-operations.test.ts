/**
 * How the new Azure handlers meet ARM's long-running operations beyond the happy path: an
 * operation ARM ends `Failed` comes back with Azure's own error code, and what it left is shown
 * unusable; a function app's update keeps the app settings someone else deployed (a PUT would
 * replace them all) and never writes a storage key.
 */
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ProviderOperationError, type ResourceOperation } from "../../../src/providers/provider.js";
import { fakeAzure } from "./arm-fake/index.js";
import { RG_PATH, target } from "./fixtures.js";

const TOKEN = "3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a";

const cluster: ResourceOperation = {
  target: { ...target, types: ["azurerm_kubernetes_cluster"] },
  address: "azurerm_kubernetes_cluster.main",
  type: "azurerm_kubernetes_cluster",
  attributes: {
    dns_prefix: "payments",
    sku_tier: "Free",
    default_node_pool: { name: "system", vm_size: "Standard_D2s_v5", node_count: 2 },
  },
  tags: {},
  token: TOKEN,
};

const app: ResourceOperation = {
  target: { ...target, types: ["azurerm_linux_function_app"] },
  address: "azurerm_linux_function_app.api",
  type: "azurerm_linux_function_app",
  attributes: {
    service_plan: `${RG_PATH}/providers/Microsoft.Web/serverfarms/staging-plan-aaaaaa`.toLowerCase(),
    storage_account_name: "paymentsfn",
    functions_extension_version: "~4",
    https_only: true,
  },
  tags: {},
  token: TOKEN,
};

describe("azure long operations and settings", () => {
  beforeAll(() => nock.disableNetConnect());
  afterAll(() => nock.enableNetConnect());
  afterEach(() => nock.cleanAll());

  it("reports an operation ARM ends Failed with Azure's code, and the cluster it left as Failed", async () => {
    const { fake, provider } = await fakeAzure();
    fake.polls = 3;
    fake.failNext = {
      code: "QuotaExceeded",
      message:
        "Operation could not be completed as it results in exceeding approved standardDSv5Family Cores quota.",
    };
    const err = await provider.create(cluster).then(
      () => undefined,
      (e: unknown) => e as ProviderOperationError,
    );
    expect(err).toBeInstanceOf(ProviderOperationError);
    expect(err!.code).toBe("QuotaExceeded");
    expect(err!.message).toContain("standardDSv5Family");
    // Three InProgress answers, then Failed: polled to the end, one request per poll.
    expect(fake.calls("GET", "/providers/fake/operations/")).toHaveLength(4);
    const [left] = await provider.readLive(cluster.target);
    expect(left).toMatchObject({ address: cluster.address, state: "Failed" });
  });

  it("bounds a VM's create too, with a Timeout naming it", async () => {
    const progress: string[] = [];
    const { fake, provider } = await fakeAzure({ progress, timeoutMs: 30_000 });
    fake.hang = true;
    const err = await provider
      .create({
        target,
        address: "azurerm_linux_virtual_machine.web",
        type: "azurerm_linux_virtual_machine",
        attributes: {
          size: "Standard_B1s",
          admin_username: "azureuser",
          network_interfaces: [`${RG_PATH}/providers/Microsoft.Network/networkInterfaces/nic`.toLowerCase()],
          os_disk: { caching: "ReadWrite", storage_account_type: "Standard_LRS" },
        },
        tags: {},
        token: TOKEN,
      })
      .then(
        () => undefined,
        (e: unknown) => e as ProviderOperationError,
      );
    expect(err).toMatchObject({ code: "Timeout" });
    expect(err!.message).toMatch(
      /^gave up waiting for azurerm_linux_virtual_machine\.web \(staging-web-[0-9a-f]{6}\) to be written after 30 s$/,
    );
    expect(progress).toContain(
      `still waiting for ${err!.message.slice("gave up waiting for ".length, -" after 30 s".length)} (10 s)`,
    );
  });

  it("keeps a function app's other settings through an update, and writes no storage key", async () => {
    const { fake, provider } = await fakeAzure();
    const live = await provider.create(app);
    const put = fake.calls("PUT")[0]!.body!;
    expect(put["identity"]).toEqual({ type: "SystemAssigned" });
    expect(JSON.stringify(put)).not.toMatch(/AccountKey|DefaultEndpointsProtocol/);
    // Deployed by the team's pipeline, after Plagentic made the app.
    fake.store.appSettings.get(live.id)!["FEATURE_FLAGS"] = "beta";
    const updated = await provider.update({
      ...app,
      attributes: { ...app.attributes, functions_extension_version: "~5" },
      id: live.id,
    });
    expect(updated.attributes).toEqual({ service_plan: app.attributes["service_plan"], https_only: true });
    expect(fake.store.appSettings.get(live.id)).toEqual({
      AzureWebJobsStorage__accountName: "paymentsfn",
      FUNCTIONS_EXTENSION_VERSION: "~5",
      FEATURE_FLAGS: "beta",
    });
    // A live read lists sites only: it never asks for settings, which hold the team's secrets.
    await provider.readLive(app.target);
    expect(fake.calls("POST")).toHaveLength(1);
  });
});
