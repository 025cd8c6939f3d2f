/**
 * The roadmap's Azure services (managed disk, AKS, Azure SQL server and database, App Service plan
 * and Linux function app) through the real ARM clients against the ARM fake (arm-fake/): for each
 * type the same story, from create to delete, including a retried create, drift made behind
 * Plagentic's back, a failed resource, a resource it does not own, and a wait that runs out.
 */
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { diffResources } from "../../../src/plan/diff.js";
import {
  ProviderOperationError,
  type Provider,
  type ProviderTarget,
  type ResourceOperation,
} from "../../../src/providers/provider.js";
import type { Attributes, DesiredResource } from "../../../src/spec/model.js";
import { fakeAzure, type ArmFake, type Wire } from "./arm-fake/index.js";
import { ownerTags, REPOSITORY, RG_PATH, target } from "./fixtures.js";

const TOKEN = "5f0c2a8e-1b7d-4c3e-9a61-3f2d8e7b6c10";
const OTHER_TOKEN = "0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d";
const SQL = `${RG_PATH}/providers/Microsoft.Sql/servers`;
const SERVER = `${SQL}/staging-db-aaaaaa`;
const PLAN = `${RG_PATH}/providers/Microsoft.Web/serverfarms/staging-plan-aaaaaa`;

interface Case {
  type: string;
  address: string;
  /** The spec's attributes, defaults applied, references as ARM ids. */
  attributes: Attributes;
  /** What must exist first (a database's server). */
  seed?: (fake: ArmFake) => void;
  /** A change made in the portal, and the attribute it shows in. */
  drift: { change: (r: Wire) => void; attribute: string };
  /** How ARM shows this type unusable, and the state Plagentic reports. */
  failed: { mark: (r: Wire) => void; state: string };
}

const provisioningFailed = (r: Wire) => {
  r.properties["provisioningState"] = "Failed";
};

const seedServer = (fake: ArmFake) =>
  fake.store.set({
    id: SERVER,
    name: "staging-db-aaaaaa",
    type: "Microsoft.Sql/servers",
    location: "westeurope",
    tags: ownerTags("azurerm_mssql_server.db"),
    properties: { state: "Ready", version: "12.0" },
  });

const CASES: Case[] = [
  {
    type: "azurerm_managed_disk",
    address: "azurerm_managed_disk.data",
    attributes: { storage_account_type: "Premium_LRS", create_option: "Empty", disk_size_gb: 64 },
    drift: { change: (r) => void (r.properties["diskSizeGB"] = 128), attribute: "disk_size_gb" },
    failed: { mark: provisioningFailed, state: "Failed" },
  },
  {
    type: "azurerm_kubernetes_cluster",
    address: "azurerm_kubernetes_cluster.main",
    attributes: {
      dns_prefix: "payments",
      sku_tier: "Free",
      default_node_pool: { name: "system", vm_size: "Standard_D2s_v5", node_count: 2 },
    },
    drift: {
      change: (r) => {
        const pools = r.properties["agentPoolProfiles"] as { count: number }[];
        pools[0]!.count = 5;
      },
      attribute: "default_node_pool",
    },
    failed: { mark: provisioningFailed, state: "Failed" },
  },
  {
    type: "azurerm_mssql_server",
    address: "azurerm_mssql_server.db",
    attributes: {
      version: "12.0",
      azuread_administrator: {
        login_username: "dba-group",
        object_id: "11111111-2222-3333-4444-555555555555",
      },
      minimum_tls_version: "1.2",
      public_network_access_enabled: false,
    },
    drift: {
      change: (r) => void (r.properties["publicNetworkAccess"] = "Enabled"),
      attribute: "public_network_access_enabled",
    },
    failed: { mark: (r) => void (r.properties["state"] = "Disabled"), state: "Disabled" },
  },
  {
    type: "azurerm_mssql_database",
    address: "azurerm_mssql_database.app",
    attributes: {
      server: SERVER.toLowerCase(),
      sku_name: "S0",
      zone_redundant: false,
      collation: "SQL_Latin1_General_CP1_CI_AS",
    },
    seed: seedServer,
    drift: {
      change: (r) => void (r.properties["currentServiceObjectiveName"] = "S2"),
      attribute: "sku_name",
    },
    failed: { mark: (r) => void (r.properties["status"] = "Inaccessible"), state: "Inaccessible" },
  },
  {
    type: "azurerm_service_plan",
    address: "azurerm_service_plan.fn",
    attributes: { os_type: "Linux", sku_name: "Y1" },
    drift: { change: (r) => void (r.sku = { name: "B1", tier: "Basic" }), attribute: "sku_name" },
    failed: { mark: provisioningFailed, state: "Failed" },
  },
  {
    type: "azurerm_linux_function_app",
    address: "azurerm_linux_function_app.api",
    attributes: {
      service_plan: PLAN.toLowerCase(),
      storage_account_name: "paymentsfn",
      functions_extension_version: "~4",
      https_only: true,
    },
    drift: { change: (r) => void (r.properties["httpsOnly"] = false), attribute: "https_only" },
    failed: { mark: (r) => void (r.properties["state"] = "Failed"), state: "Failed" },
  },
];

const targetFor = (c: Case): ProviderTarget => ({ ...target, types: [c.type] });

function opFor(c: Case, token = TOKEN): ResourceOperation {
  return {
    target: targetFor(c),
    address: c.address,
    type: c.type,
    attributes: c.attributes,
    tags: { team: "payments" },
    token,
  };
}

function desired(c: Case): DesiredResource {
  return {
    address: c.address,
    type: c.type,
    name: c.address.split(".")[1]!,
    protected: false,
    attributes: c.attributes,
    tags: { team: "payments" },
    usage: {},
    dependsOn: [],
  };
}

async function failure(p: Promise<unknown>): Promise<ProviderOperationError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ProviderOperationError);
  return err as ProviderOperationError;
}

/** What a live read finds of `c`'s type (a database's read also finds its server). */
async function liveOf(provider: Provider, c: Case) {
  return (await provider.readLive(targetFor(c))).filter((r) => r.type === c.type);
}

/** The resources of `c`'s ARM type in the fake, by address. */
const ofAddress = (fake: ArmFake, c: Case) =>
  [...fake.store.resources.values()].filter((r) => r.tags?.["plagentic:address"] === c.address);

describe.each(CASES)("$type on ARM", (c) => {
  beforeAll(() => nock.disableNetConnect());
  afterAll(() => nock.enableNetConnect());
  afterEach(() => nock.cleanAll());

  async function created(progress?: string[]) {
    const azure = await fakeAzure(progress ? { progress } : {});
    c.seed?.(azure.fake);
    const live = await azure.provider.create(opFor(c));
    return { ...azure, live };
  }

  it("creates it with the ownership tags in the create itself, and reports what the spec asked for", async () => {
    const progress: string[] = [];
    const { fake, provider, live } = await created(progress);
    const puts = fake.calls("PUT");
    expect(puts).toHaveLength(1);
    expect(puts[0]!.body!["tags"]).toMatchObject({
      team: "payments",
      "plagentic:environment": "staging",
      "plagentic:repository": REPOSITORY,
      "plagentic:address": c.address,
    });
    expect(live).toMatchObject({ address: c.address, type: c.type, tags: { team: "payments" } });
    expect(live.id).toBe(puts[0]!.path.toLowerCase());
    const writeOnly = new Set(provider.capabilities.writeOnly?.[c.type] ?? []);
    expect(live.attributes).toEqual(
      Object.fromEntries(Object.entries(c.attributes).filter(([k]) => !writeOnly.has(k))),
    );
    expect(live.state).toBeUndefined();
    expect(progress.join("\n")).toContain(`${c.address} (`);
  });

  it("a retried create finds its earlier attempt by name instead of making a second one", async () => {
    const { fake, provider, live } = await created();
    const again = await provider.create(opFor(c));
    expect(again.id).toBe(live.id);
    expect(ofAddress(fake, c)).toHaveLength(1);
    // A fresh apply's token makes a new one (a replacement is created before the old goes).
    const fresh = await provider.create(opFor(c, OTHER_TOKEN));
    expect(fresh.id).not.toBe(live.id);
    expect(ofAddress(fake, c)).toHaveLength(2);
  });

  it("reads back what it applied with no diff", async () => {
    const { provider } = await created();
    const live = await liveOf(provider, c);
    expect(live.map((r) => r.address)).toEqual([c.address]);
    expect(diffResources([desired(c)], live, { writeOnly: provider.capabilities.writeOnly ?? {} })).toEqual(
      [],
    );
  });

  it("shows a change made behind its back", async () => {
    const { fake, provider, live } = await created();
    c.drift.change(fake.resource(live.id)!);
    const changes = diffResources([desired(c)], await liveOf(provider, c));
    expect(changes).toHaveLength(1);
    expect(changes[0]!.changedAttributes).toContain(c.drift.attribute);
  });

  it("reports a resource ARM shows unusable with its state, so the next plan replaces it", async () => {
    const { fake, provider, live } = await created();
    c.failed.mark(fake.resource(live.id)!);
    const [read] = await liveOf(provider, c);
    expect(read).toMatchObject({ address: c.address, state: c.failed.state });
    expect(diffResources([desired(c)], [read!])[0]).toMatchObject({ action: "replace" });
  });

  it("neither changes nor deletes one it does not own, and sends ARM no write", async () => {
    const { fake, provider, live } = await created();
    const r = fake.resource(live.id)!;
    r.tags = { ...r.tags, "plagentic:repository": "mallory/tools" };
    const writes = () => fake.sent.filter((s) => s.method !== "GET" && s.method !== "POST").length;
    const before = writes();
    expect((await failure(provider.update({ ...opFor(c), id: live.id }))).code).toBe("NotOwned");
    expect(
      (await failure(provider.delete(targetFor(c), { id: live.id, address: c.address, type: c.type }))).code,
    ).toBe("NotOwned");
    expect(writes()).toBe(before);
    expect(fake.resource(live.id)).toBeDefined();
  });

  it("deletes it and waits until it is gone; deleting it again is no error", async () => {
    const { fake, provider, live } = await created();
    await provider.delete(targetFor(c), { id: live.id, address: c.address, type: c.type });
    expect(fake.resource(live.id)).toBeUndefined();
    expect(fake.calls("DELETE")).toHaveLength(1);
    await provider.delete(targetFor(c), { id: live.id, address: c.address, type: c.type });
    expect(await liveOf(provider, c)).toEqual([]);
  });

  it("gives up at wait_timeout_seconds with a Timeout naming the resource, and says it is waiting", async () => {
    const progress: string[] = [];
    const { fake, provider } = await fakeAzure({ progress, settings: { waitTimeoutSeconds: 60 } });
    c.seed?.(fake);
    fake.hang = true;
    const err = await failure(provider.create(opFor(c)));
    expect(err.code).toBe("Timeout");
    expect(err.message).toContain(c.address);
    expect(err.message).toMatch(/after 6\d s/);
    expect(progress.some((l) => l.startsWith(`still waiting for ${c.address}`))).toBe(true);
    // What ARM made carries its tags: the next plan sees it.
    expect(ofAddress(fake, c)).toHaveLength(1);
  });
});
