/**
 * An Azure SQL server's administrator password never appears in a spec, tag, log or plan: with
 * only a Microsoft Entra administrator there is none (Entra-only); with a SQL login, a random one
 * is sent in the create's PUT and nowhere else, and updates leave it alone. Deleting a server
 * would delete its databases, so a server holding one Plagentic does not own is kept.
 */
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { strongPassword } from "../../../src/providers/azure/resources/mssql-server.js";
import { ProviderOperationError, type ResourceOperation } from "../../../src/providers/provider.js";
import { fakeAzure } from "./arm-fake/index.js";
import { REPOSITORY, RG_PATH, ownerTags, target } from "./fixtures.js";

const TOKEN = "7d3f1c2b-9a8e-4f6d-b5c4-a3e2d1f0c9b8";
const ENTRA = { login_username: "dba-group", object_id: "11111111-2222-3333-4444-555555555555" };
const sqlTarget = { ...target, types: ["azurerm_mssql_server", "azurerm_mssql_database"] };

function server(attributes: ResourceOperation["attributes"]): ResourceOperation {
  return {
    target: sqlTarget,
    address: "azurerm_mssql_server.db",
    type: "azurerm_mssql_server",
    attributes: {
      version: "12.0",
      minimum_tls_version: "1.2",
      public_network_access_enabled: false,
      ...attributes,
    },
    tags: { team: "payments" },
    token: TOKEN,
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

describe("azure SQL server secrets", () => {
  beforeAll(() => nock.disableNetConnect());
  afterAll(() => nock.enableNetConnect());
  afterEach(() => nock.cleanAll());

  it("with only a Microsoft Entra administrator, makes an Entra-only server with no password at all", async () => {
    const { fake, provider } = await fakeAzure();
    const live = await provider.create(server({ azuread_administrator: ENTRA }));
    const body = fake.calls("PUT")[0]!.body!;
    const props = body["properties"] as Record<string, unknown>;
    expect(props["administrators"]).toEqual({
      administratorType: "ActiveDirectory",
      login: "dba-group",
      sid: ENTRA.object_id,
      azureADOnlyAuthentication: true,
    });
    expect(props).not.toHaveProperty("administratorLogin");
    expect(props).not.toHaveProperty("administratorLoginPassword");
    // ARM fills in the tenant; the spec left it out, so the read leaves it out too.
    expect(live.attributes["azuread_administrator"]).toEqual(ENTRA);
  });

  it("with a SQL login, sends a strong random password in the create's PUT only, and prints it nowhere", async () => {
    const progress: string[] = [];
    const { fake, provider } = await fakeAzure({ progress });
    const live = await provider.create(server({ administrator_login: "sqladmin" }));
    const props = fake.calls("PUT")[0]!.body!["properties"] as Record<string, unknown>;
    const password = String(props["administratorLoginPassword"]);
    expect(password.length).toBeGreaterThanOrEqual(36);
    for (const cls of [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/]) expect(password).toMatch(cls);
    expect(props["administratorLogin"]).toBe("sqladmin");
    expect(JSON.stringify(props["administrators"] ?? null)).toBe("null");
    // Not in what apply records, the tags, the progress lines, nor any later request.
    expect(JSON.stringify(live)).not.toContain(password);
    expect(JSON.stringify(fake.calls("PUT")[0]!.body!["tags"])).not.toContain(password);
    expect(progress.join("\n")).not.toContain(password);
    expect(progress.join("\n")).toContain("az sql server update -g payments-rg -n staging-db-");
    expect(live.attributes["administrator_login"]).toBe("sqladmin");

    // An update PATCHes what changed and never sends (or resets) the password.
    const updated = await provider.update({
      ...server({ administrator_login: "sqladmin", public_network_access_enabled: true }),
      id: live.id,
    });
    expect(updated.attributes["public_network_access_enabled"]).toBe(true);
    const patch = fake.calls("PATCH")[0]!.body!;
    expect(JSON.stringify(patch)).not.toContain("administratorLoginPassword");
    expect(fake.calls("PUT")).toHaveLength(1);
    const carrying = fake.sent.filter((s) => JSON.stringify(s).includes(password));
    expect(carrying.map((s) => s.method)).toEqual(["PUT"]);
  });

  it("a retried create PATCHes its earlier attempt rather than sending another password", async () => {
    const { fake, provider } = await fakeAzure();
    await provider.create(server({ administrator_login: "sqladmin" }));
    await provider.create(server({ administrator_login: "sqladmin" }));
    expect(fake.calls("PUT")).toHaveLength(1);
    expect(fake.calls("PATCH")).toHaveLength(1);
  });

  it("makes a different password every time, from the injected randomness", () => {
    expect(strongPassword()).not.toBe(strongPassword());
    const zeros = strongPassword((n) => Buffer.alloc(n));
    expect(zeros).toMatch(/^[A-Za-z0-9!#%*+\-=?_]{36}$/);
  });

  it("refuses a server with neither administrator, before calling ARM", async () => {
    const { fake, provider } = await fakeAzure();
    const err = await failure(provider.create(server({})));
    expect(err.code).toBe("InvalidParameterValue");
    expect(err.message).toContain("azuread_administrator");
    expect(fake.calls("PUT")).toEqual([]);
  });

  it("puts a database in its server's group and location", async () => {
    const { fake, provider } = await fakeAzure();
    const srv = await provider.create(server({ azuread_administrator: ENTRA }));
    fake.resource(srv.id)!.location = "westeurope";
    const db = await provider.create({
      target: sqlTarget,
      address: "azurerm_mssql_database.app",
      type: "azurerm_mssql_database",
      attributes: {
        server: srv.id,
        sku_name: "GP_Gen5_2",
        zone_redundant: false,
        collation: "SQL_Latin1_General_CP1_CI_AS",
      },
      tags: {},
      token: TOKEN,
    });
    expect(db.id.startsWith(`${srv.id}/databases/staging-app-`)).toBe(true);
    expect(fake.calls("PUT", "/databases/")[0]!.body!["location"]).toBe("westeurope");
    expect(db.attributes).toEqual({
      server: srv.id,
      sku_name: "GP_Gen5_2",
      zone_redundant: false,
      collation: "SQL_Latin1_General_CP1_CI_AS",
    });
  });

  it("keeps a server that holds a database Plagentic does not own, and sends no DELETE", async () => {
    const { fake, provider } = await fakeAzure();
    const srv = await provider.create(server({ azuread_administrator: ENTRA }));
    for (const [name, tags] of [
      ["master", {}],
      ["orders", { ...ownerTags("azurerm_mssql_database.orders"), "plagentic:repository": "mallory/tools" }],
    ] as const) {
      fake.store.set({
        id: `${srv.id}/databases/${name}`,
        name,
        type: "Microsoft.Sql/servers/databases",
        location: "eastus",
        tags,
        properties: { status: "Online" },
      });
    }
    const ref = { id: srv.id, address: "azurerm_mssql_server.db", type: "azurerm_mssql_server" };
    const err = await failure(provider.delete(sqlTarget, ref));
    expect(err.code).toBe("ContainerNotEmpty");
    expect(err.message).toContain("/databases/orders");
    expect(err.message).not.toContain("/databases/master");
    expect(fake.calls("DELETE")).toEqual([]);
    // The owner's own databases do not hold it back.
    fake.store.drop(`${srv.id}/databases/orders`);
    await provider.delete(sqlTarget, ref);
    expect(fake.resource(srv.id)).toBeUndefined();
    expect(REPOSITORY).toBe("octo/payments");
    expect(RG_PATH).toContain("payments-rg");
  });
});
