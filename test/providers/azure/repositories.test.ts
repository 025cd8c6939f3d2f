/**
 * Environments of different repositories with the same name on Azure, and the two holes of a PUT
 * by name and a cascading group delete: tags carry the repository within Azure's limits, reads skip
 * other repositories' resources, a create never overwrites what it does not own, and a resource
 * group holding anything Plagentic does not own for the environment is never deleted.
 */
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { subnetName } from "../../../src/providers/azure/names.js";
import {
  OWNER_TAG_SHARE_PREFIX,
  ProviderOperationError,
  repositoryKey,
  type ProviderTarget,
  type ResourceOperation,
} from "../../../src/providers/provider.js";
import {
  ARM,
  COMPUTE,
  NET,
  REPOSITORY,
  RG_PATH,
  SUB,
  azureProvider,
  nothingElse,
  ownerTags,
  target,
  wireVm,
} from "./fixtures.js";

const OTHER = "mallory/tools";
const LONG =
  "a-very-long-organisation-name-".padEnd(39, "x") +
  "/" +
  "and-an-even-longer.repository-name-".padEnd(100, "y");
const TOKEN = "3c9f1e2d-8a7b-8c6d-9e0f-0123456789ab";
const NOT_FOUND = { error: { code: "ResourceNotFound", message: "not found" } };
const share = (repository: string) => ({ [OWNER_TAG_SHARE_PREFIX + repositoryKey(repository)]: repository });
const vm = (name: string, tags: Record<string, string> | undefined) => ({ ...wireVm(name, "x"), tags });

async function failure(p: Promise<unknown>): Promise<ProviderOperationError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ProviderOperationError);
  return err as ProviderOperationError;
}

function nsgOp(
  t: ProviderTarget = target,
  tags: Record<string, string> = { team: "payments" },
): ResourceOperation {
  return {
    target: t,
    address: "azurerm_network_security_group.web",
    type: "azurerm_network_security_group",
    attributes: { security_rule: [] },
    tags,
    token: TOKEN,
  };
}

/** An NSG PUT answered at once (200, Succeeded), recording the body. */
function nsgPut(scope: nock.Scope, sent: Record<string, unknown>[]): nock.Scope {
  return scope
    .put((p) => p.startsWith(`${NET}/networkSecurityGroups/`))
    .query(true)
    .reply(async (req: Request) => {
      const body = JSON.parse(await req.text()) as Record<string, unknown>;
      sent.push(body);
      const path = new URL(req.url).pathname;
      return [
        200,
        { ...body, id: path, name: path.split("/").pop(), properties: { provisioningState: "Succeeded" } },
      ];
    });
}

describe("Azure environments of different repositories", () => {
  beforeAll(() => nock.disableNetConnect());
  afterAll(() => nock.enableNetConnect());
  afterEach(() => nock.cleanAll());

  it("writes the repository and share tags within Azure's limits, never a spec's own ownership tags", async () => {
    const provider = await azureProvider();
    const sent: Record<string, unknown>[] = [];
    const scope = nock(ARM)
      .get((p) => p.startsWith(`${NET}/networkSecurityGroups/`))
      .query(true)
      .reply(404, NOT_FOUND);
    nsgPut(scope, sent);
    const long: ProviderTarget = { ...target, repository: LONG, sharedWith: [OTHER] };

    const live = await provider.create(
      nsgOp(long, { team: "payments", "plagentic:repository": OTHER, ...share("someone/else") }),
    );

    const tags = sent[0]!["tags"] as Record<string, string>;
    expect(tags).toEqual({
      team: "payments",
      "plagentic:environment": "staging",
      "plagentic:repository": LONG,
      ...share(OTHER),
      "plagentic:address": "azurerm_network_security_group.web",
      "plagentic:omitted": "location,resource_group",
    });
    for (const [k, v] of Object.entries(tags)) {
      expect(k).not.toMatch(/[<>%&\\?/]/);
      expect(k.length).toBeLessThanOrEqual(512);
      expect(v.length).toBeLessThanOrEqual(256);
    }
    expect(live.tags).toEqual({ team: "payments" });
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("reads only this repository's resources and those shared with it", async () => {
    const provider = await azureProvider();
    const scope = nothingElse(nock(ARM))
      .get(`/subscriptions/${SUB}/resourcegroups`)
      .query(true)
      .reply(200, { value: [] });
    for (const kind of ["virtualNetworks", "networkSecurityGroups", "publicIPAddresses", "networkInterfaces"])
      scope.get(`${NET}/${kind}`).query(true).reply(200, { value: [] });
    scope
      .get(`${COMPUTE}/virtualMachines`)
      .query(true)
      .reply(200, {
        value: [
          wireVm("staging-web-aaaaaa", "azurerm_linux_virtual_machine.web"),
          vm("theirs", ownerTags("azurerm_linux_virtual_machine.web", { "plagentic:repository": OTHER })),
          vm("legacy", {
            "plagentic:environment": "staging",
            "plagentic:address": "azurerm_linux_virtual_machine.web",
          }),
          vm(
            "shared",
            ownerTags("azurerm_linux_virtual_machine.api", {
              "plagentic:repository": OTHER,
              ...share(REPOSITORY),
            }),
          ),
          // A share tag must name the repository its key is for.
          vm(
            "forged",
            ownerTags("azurerm_linux_virtual_machine.db", {
              "plagentic:repository": OTHER,
              [OWNER_TAG_SHARE_PREFIX + repositoryKey(REPOSITORY)]: OTHER,
            }),
          ),
        ],
      });

    const live = await provider.readLive(target);

    expect(live.map((r) => r.id.split("/").pop())).toEqual(["shared", "staging-web-aaaaaa"]);
    expect(live.every((r) => Object.keys(r.tags).every((k) => !k.startsWith("plagentic:")))).toBe(true);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("refuses to delete a resource group that holds anything it does not own, and sends no DELETE", async () => {
    const provider = await azureProvider();
    const groupPath = new RegExp(`^/subscriptions/${SUB}/resourcegroups/payments-rg\\?`, "i");
    let deleted = false;
    nock(ARM)
      .get(groupPath)
      .reply(200, {
        id: RG_PATH,
        name: "payments-rg",
        location: "eastus",
        tags: ownerTags("azurerm_resource_group.main"),
      })
      .get(new RegExp(`^${RG_PATH}/resources\\?`, "i"))
      .reply(200, {
        value: [
          // This environment's own VM, deleted by apply a moment ago but still listed: fine.
          { id: `${COMPUTE}/virtualMachines/ours`, tags: ownerTags("azurerm_linux_virtual_machine.web") },
          { id: `${COMPUTE}/virtualMachines/made-by-hand` },
          { id: `${NET}/networkSecurityGroups/untagged-nsg`, tags: { team: "payments" } },
          {
            id: `${COMPUTE}/virtualMachines/prod-vm`,
            tags: ownerTags("azurerm_linux_virtual_machine.web", { "plagentic:environment": "production" }),
          },
          {
            id: `${COMPUTE}/virtualMachines/their-vm`,
            tags: ownerTags("azurerm_linux_virtual_machine.web", { "plagentic:repository": OTHER }),
          },
        ],
      })
      .delete(groupPath)
      .optionally()
      .reply(() => {
        deleted = true;
        return [200];
      });

    const err = await failure(
      provider.delete(target, {
        id: RG_PATH.toLowerCase(),
        address: "azurerm_resource_group.main",
        type: "azurerm_resource_group",
      }),
    );

    expect(err.code).toBe("ContainerNotEmpty");
    expect(err.message).toContain("payments-rg");
    expect(err.message).toContain(`${COMPUTE}/virtualMachines/made-by-hand`);
    expect(err.message).toContain(`${NET}/networkSecurityGroups/untagged-nsg`);
    expect(err.message).toContain(`${COMPUTE}/virtualMachines/prod-vm`);
    expect(err.message).toContain("and 1 more");
    expect(err.message).not.toContain("/ours");
    expect(deleted).toBe(false);
  });

  it("refuses to delete a virtual network holding a subnet Plagentic did not make, and sends no DELETE", async () => {
    const provider = await azureProvider();
    const vnet = `${NET}/virtualNetworks/staging-main-aaaaaa`;
    let deleted = false;
    nock(ARM)
      .get(vnet)
      .query(true)
      .times(2)
      .reply(200, {
        id: vnet,
        name: "staging-main-aaaaaa",
        tags: ownerTags("azurerm_virtual_network.main"),
        properties: {
          subnets: [
            { id: `${vnet}/subnets/plg.app.bbbbbb`, name: "plg.app.bbbbbb" },
            { id: `${vnet}/subnets/manual`, name: "manual" },
          ],
        },
      })
      .delete(vnet)
      .query(true)
      .optionally()
      .reply(() => {
        deleted = true;
        return [200];
      });

    const err = await failure(
      provider.delete(target, {
        id: vnet.toLowerCase(),
        address: "azurerm_virtual_network.main",
        type: "azurerm_virtual_network",
      }),
    );

    expect(err.code).toBe("ContainerNotEmpty");
    expect(err.message).toContain(`${vnet}/subnets/manual`);
    expect(err.message).not.toContain("plg.app");
    expect(deleted).toBe(false);
  });

  it("refuses to delete a resource group whose own network holds a hand-made subnet", async () => {
    const provider = await azureProvider();
    const groupPath = new RegExp(`^/subscriptions/${SUB}/resourcegroups/payments-rg\\?`, "i");
    const vnet = `${NET}/virtualNetworks/staging-main-aaaaaa`;
    let deleted = false;
    nock(ARM)
      .get(groupPath)
      .reply(200, { id: RG_PATH, name: "payments-rg", tags: ownerTags("azurerm_resource_group.main") })
      .get(new RegExp(`^${RG_PATH}/resources\\?`, "i"))
      .reply(200, {
        value: [
          {
            id: vnet,
            name: "staging-main-aaaaaa",
            type: "Microsoft.Network/virtualNetworks",
            tags: ownerTags("azurerm_virtual_network.main"),
          },
        ],
      })
      .get(vnet)
      .query(true)
      .reply(200, {
        id: vnet,
        name: "staging-main-aaaaaa",
        tags: ownerTags("azurerm_virtual_network.main"),
        properties: { subnets: [{ id: `${vnet}/subnets/manual`, name: "manual" }] },
      })
      .delete(groupPath)
      .optionally()
      .reply(() => {
        deleted = true;
        return [200];
      });

    const err = await failure(
      provider.delete(target, {
        id: RG_PATH.toLowerCase(),
        address: "azurerm_resource_group.main",
        type: "azurerm_resource_group",
      }),
    );
    expect(err.code).toBe("ContainerNotEmpty");
    expect(err.message).toContain(`${vnet}/subnets/manual`);
    expect(deleted).toBe(false);
  });

  it("deletes a resource group that holds only this environment's resources", async () => {
    const provider = await azureProvider();
    const groupPath = new RegExp(`^/subscriptions/${SUB}/resourcegroups/payments-rg\\?`, "i");
    let deleted = false;
    nock(ARM)
      .get(groupPath)
      .reply(200, { id: RG_PATH, name: "payments-rg", tags: ownerTags("azurerm_resource_group.main") })
      .get(new RegExp(`^${RG_PATH}/resources\\?`, "i"))
      .reply(200, {
        value: [
          { id: `${COMPUTE}/virtualMachines/ours`, tags: ownerTags("azurerm_linux_virtual_machine.web") },
        ],
      })
      .delete(groupPath)
      .reply(() => {
        deleted = true;
        return [200];
      });

    await provider.delete(target, {
      id: RG_PATH.toLowerCase(),
      address: "azurerm_resource_group.main",
      type: "azurerm_resource_group",
    });

    expect(deleted).toBe(true);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("refuses a create whose name is taken by something it does not own, and sends no PUT", async () => {
    const provider = await azureProvider();
    const existing = [
      undefined,
      { team: "payments" },
      ownerTags("azurerm_network_security_group.web", { "plagentic:repository": OTHER }),
      // Shared with this repository is still not this create's own earlier attempt.
      ownerTags("azurerm_network_security_group.web", {
        "plagentic:repository": OTHER,
        ...share(REPOSITORY),
      }),
      ownerTags("azurerm_network_security_group.api"),
      ownerTags("azurerm_network_security_group.web", { "plagentic:environment": "production" }),
    ];
    const scope = nock(ARM);
    for (const tags of existing)
      scope
        .get((p) => p.startsWith(`${NET}/networkSecurityGroups/`))
        .query(true)
        .reply(200, {
          id: `${NET}/networkSecurityGroups/taken`,
          name: "taken",
          location: "eastus",
          ...(tags && { tags }),
        });
    // No PUT is mocked: one would fail with nock's no-match error, not AlreadyExists.

    for (let i = 0; i < existing.length; i++) {
      const err = await failure(provider.create(nsgOp()));
      expect(err.code).toBe("AlreadyExists");
      expect(err.message).toMatch(
        /a resource named staging-web-[0-9a-f]{6} already exists and Plagentic does not own it/,
      );
    }
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("a create retried after a crash finds its own resource and PUTs it again", async () => {
    const provider = await azureProvider();
    const sent: Record<string, unknown>[] = [];
    const scope = nock(ARM)
      .get((p) => p.startsWith(`${NET}/networkSecurityGroups/`))
      .query(true)
      .reply(200, {
        id: `${NET}/networkSecurityGroups/staging-web-aaaaaa`,
        name: "staging-web-aaaaaa",
        location: "eastus",
        tags: ownerTags("azurerm_network_security_group.web"),
        properties: { provisioningState: "Updating" },
      });
    nsgPut(scope, sent);

    const live = await provider.create(nsgOp());

    expect(sent).toHaveLength(1);
    expect(live.address).toBe("azurerm_network_security_group.web");
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("a create of a subnet refuses a taken name in a network it does not own", async () => {
    const provider = await azureProvider();
    const vnet = `${NET}/virtualNetworks/their-net`;
    const taken = subnetName("azurerm_subnet.app", "subnet-token");
    nock(ARM)
      .get(vnet)
      .query(true)
      .reply(200, {
        id: vnet,
        name: "their-net",
        tags: ownerTags("azurerm_virtual_network.main", { "plagentic:repository": OTHER }),
        properties: { subnets: [{ id: `${vnet}/subnets/${taken}`, name: taken }] },
      });
    const op: ResourceOperation = {
      target,
      address: "azurerm_subnet.app",
      type: "azurerm_subnet",
      attributes: { virtual_network: vnet.toLowerCase(), address_prefixes: ["10.0.1.0/24"] },
      tags: {},
      token: "subnet-token",
    };
    const err = await failure(provider.create(op));
    expect(err.code).toBe("AlreadyExists");
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("an update by a repository the resource is shared with keeps the owner's tags", async () => {
    const provider = await azureProvider();
    const name = "staging-web-aaaaaa";
    const owner = ownerTags("azurerm_network_security_group.web", {
      "plagentic:repository": OTHER,
      ...share(REPOSITORY),
    });
    const sent: Record<string, unknown>[] = [];
    const scope = nock(ARM)
      .get(`${NET}/networkSecurityGroups/${name}`)
      .query(true)
      .reply(200, { id: `${NET}/networkSecurityGroups/${name}`, name, location: "eastus", tags: owner });
    nsgPut(scope, sent);

    await provider.update({
      ...nsgOp({ ...target, sharedWith: ["someone/else"] }, { team: "checkout" }),
      id: `${NET}/networkSecurityGroups/${name}`.toLowerCase(),
    });

    const { team: _team, ...ownership } = owner;
    expect(sent[0]!["tags"]).toEqual({
      team: "checkout",
      ...ownership,
      "plagentic:omitted": "location,resource_group",
    });
    expect(nock.pendingMocks()).toEqual([]);
  });
});
