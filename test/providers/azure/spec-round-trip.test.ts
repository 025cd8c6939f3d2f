/**
 * A spec of the new Azure types, parsed with its defaults, applied resource by resource with its
 * references resolved to ARM ids as apply does, then read back: the plan of the same spec is
 * empty, references included (a database's server, a function app's plan), and only the types the
 * spec uses are listed, through the one discovery call.
 */
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { diffResources, normalizeLive } from "../../../src/plan/diff.js";
import { targetOf } from "../../../src/providers/provider.js";
import type { Value } from "../../../src/spec/model.js";
import { parseEnvironment } from "../../../src/spec/parse.js";
import { fakeAzure } from "./arm-fake/index.js";
import { REPOSITORY, SUB } from "./fixtures.js";

const SPEC = [
  "environment: staging",
  "provider: azure",
  "region: eastus",
  `subscription: ${SUB}`,
  "resource_group: payments-rg",
  "tags: { team: payments }",
  "resources:",
  "  - type: azurerm_mssql_server",
  "    name: db",
  "    properties:",
  "      azuread_administrator: { login_username: dba-group, object_id: 11111111-2222-3333-4444-555555555555 }",
  "      public_network_access_enabled: false",
  "  - type: azurerm_mssql_database",
  "    name: app",
  "    properties: { server: ref(azurerm_mssql_server.db), sku_name: S0 }",
  "  - type: azurerm_service_plan",
  "    name: fn",
  "    properties: { os_type: Linux, sku_name: Y1 }",
  "  - type: azurerm_linux_function_app",
  "    name: api",
  "    properties: { service_plan: ref(azurerm_service_plan.fn), storage_account_name: paymentsfn }",
  "  - type: azurerm_kubernetes_cluster",
  "    name: main",
  "    properties:",
  "      dns_prefix: payments",
  "      default_node_pool: { name: system, vm_size: Standard_D2s_v5 }",
  "  - type: azurerm_managed_disk",
  "    name: data",
  "    properties: { storage_account_type: Premium_LRS, disk_size_gb: 64 }",
].join("\n");

function resolved(v: Value, ids: ReadonlyMap<string, string>): Value {
  if (typeof v === "string") {
    const ref = /^ref\((.+)\)$/.exec(v);
    return ref ? ids.get(ref[1]!)! : v;
  }
  if (Array.isArray(v)) return v.map((x) => resolved(x, ids));
  if (v !== null && typeof v === "object")
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolved(x, ids)]));
  return v;
}

describe("a spec of the new azure types, applied and read back", () => {
  beforeAll(() => nock.disableNetConnect());
  afterAll(() => nock.enableNetConnect());
  afterEach(() => nock.cleanAll());

  it("plans nothing once applied", async () => {
    const env = parseEnvironment(SPEC, "environments/staging.yaml");
    const target = targetOf(env.spec, { repository: REPOSITORY, sharedWith: [] });
    const { fake, provider } = await fakeAzure();
    const ids = new Map<string, string>();
    for (const [i, r] of env.resources.entries()) {
      const live = await provider.create({
        target,
        address: r.address,
        type: r.type,
        attributes: resolved(r.attributes, ids) as typeof r.attributes,
        tags: r.tags,
        token: `token-${i}`,
      });
      ids.set(r.address, live.id);
    }
    fake.sent.length = 0;
    const live = normalizeLive(await provider.readLive(target));
    expect(live.map((r) => r.address).sort()).toEqual(env.resources.map((r) => r.address).sort());
    expect(live.find((r) => r.type === "azurerm_mssql_database")!.attributes["server"]).toBe(
      "ref(azurerm_mssql_server.db)",
    );
    expect(diffResources(env.resources, live, { writeOnly: provider.capabilities.writeOnly ?? {} })).toEqual(
      [],
    );
    // The spec names every optional type it uses: nothing left to discover.
    expect(fake.sent.filter((s) => s.path.toLowerCase().endsWith(`/subscriptions/${SUB}/resources`))).toEqual(
      [],
    );
  });
});
