/**
 * The handler table is the providers' extension point: a type no handler is registered for is
 * refused before anything reaches the cloud, and a handler registered in a table serves every
 * operation, with the dispatcher's ownership checks and token lookup around it.
 */
import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { AWS_CAPABILITIES, createAwsProviderWith } from "../../src/providers/aws/index.js";
import { GCP_CAPABILITIES } from "../../src/providers/gcp/index.js";
import { dispatchProvider } from "../../src/providers/dispatch.js";
import {
  OWNER_TAG_ADDRESS,
  OWNER_TAG_ENVIRONMENT,
  OWNER_TAG_REPOSITORY,
  ownershipTags,
  ProviderOperationError,
  type Found,
  type LiveResource,
  type ProviderTarget,
  type ResourceHandler,
  type ResourceOperation,
} from "../../src/providers/provider.js";
import { FakeEc2, REPOSITORY } from "./aws/fake-ec2.js";
import { azureProvider, target as azureTarget, COMPUTE } from "./azure/fixtures.js";

const target: ProviderTarget = { environment: "staging", repository: "acme/infra", region: "r1" };

interface Widget {
  size: number;
  token?: string;
}

/** An in-memory cloud of widgets and a handler for them that logs every call it gets. */
function widgetCloud(declared: Pick<ResourceHandler<unknown>, "tokenIn" | "untagged"> = {}) {
  const calls: string[] = [];
  const widgets = new Map<string, Found<Widget>>();
  let next = 1;
  const toLive = (f: Found<Widget>): LiveResource => ({
    address: f.tags[OWNER_TAG_ADDRESS]!,
    type: "fake_widget",
    id: f.id,
    attributes: { size: f.resource.size },
    tags: {},
  });
  const handler: ResourceHandler<{ region: string }, Widget> = {
    type: "fake_widget",
    writeOnly: ["secret"],
    ...declared,
    async list() {
      calls.push("list");
      return [...widgets.values()];
    },
    async live(_ctx, owned) {
      calls.push(`live ${owned.map((f) => f.id).join(",")}`);
      return owned.map(toLive);
    },
    async read(_ctx, id) {
      calls.push(`read ${id}`);
      return widgets.get(id);
    },
    async findByToken(_ctx, op) {
      calls.push("findByToken");
      return [...widgets.values()].filter((f) => f.resource.token === op.token);
    },
    async create(ctx, op, earlier) {
      calls.push(`create ${earlier ? `earlier ${earlier.id}` : "new"} in ${ctx.region}`);
      if (earlier) return earlier.id;
      const id = `w-${next++}`;
      const size = op.attributes["size"] as number;
      widgets.set(id, {
        id,
        tags: ownershipTags(op.target, op.address),
        resource: { size, token: op.token },
      });
      return id;
    },
    async update(_ctx, op, current) {
      calls.push(`update ${current.id}`);
      widgets.set(op.id, { ...current, resource: { size: op.attributes["size"] as number } });
    },
    async delete(_ctx, _target, resource) {
      calls.push(`delete ${resource.id}`);
      widgets.delete(resource.id);
    },
  };
  const contexts: string[] = [];
  const provider = dispatchProvider({
    name: "fake",
    handlers: { fake_widget: handler },
    context: (t) => {
      contexts.push(t.region);
      return { region: t.region };
    },
  });
  const put = (id: string, tags: Record<string, string>) =>
    widgets.set(id, { id, name: `name-of-${id}`, tags, resource: { size: 1, token: "tok-1" } });
  return { provider, calls, widgets, contexts, put };
}

const op = (over: Partial<ResourceOperation> = {}): ResourceOperation => ({
  target,
  address: "fake_widget.a",
  type: "fake_widget",
  attributes: { size: 1 },
  tags: {},
  token: "tok-1",
  ...over,
});

async function failure(p: Promise<unknown>): Promise<ProviderOperationError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ProviderOperationError);
  return err as ProviderOperationError;
}

describe("provider dispatch", () => {
  it("refuses a type no handler is registered for, before the cloud is called", async () => {
    const { provider, calls, contexts } = widgetCloud();
    const ref = {
      id: "vm-1",
      address: "azurerm_linux_virtual_machine.a",
      type: "azurerm_linux_virtual_machine",
    };
    for (const attempt of [
      provider.create(op({ type: ref.type, address: ref.address })),
      provider.update({ ...op({ type: ref.type, address: ref.address }), id: ref.id }),
      provider.delete(target, ref),
    ]) {
      const err = await failure(attempt);
      expect(err.code).toBe("UnsupportedResourceType");
      expect(err.message).toBe(
        "the fake provider cannot apply azurerm_linux_virtual_machine; it applies fake_widget",
      );
    }
    expect(calls).toEqual([]);
    expect(contexts).toEqual([]);
  });

  it("does not take an inherited property name for a registered type", async () => {
    const { provider, calls } = widgetCloud();
    const err = await failure(provider.delete(target, { id: "x", address: "toString.a", type: "toString" }));
    expect(err.code).toBe("UnsupportedResourceType");
    expect(calls).toEqual([]);
  });

  it("derives its capabilities from the table", () => {
    const { provider } = widgetCloud();
    expect(provider.capabilities).toEqual({
      applies: ["fake_widget"],
      writeOnly: { fake_widget: ["secret"] },
    });
    expect(AWS_CAPABILITIES).toEqual({
      applies: [
        "aws_vpc",
        "aws_subnet",
        "aws_security_group",
        "aws_instance",
        "aws_internet_gateway",
        "aws_eip",
        "aws_nat_gateway",
        "aws_ebs_volume",
        "aws_lb",
        "aws_db_instance",
        "aws_eks_cluster",
        "aws_eks_node_group",
        "aws_lambda_function",
      ],
      writeOnly: { aws_instance: ["associate_public_ip_address"] },
    });
    expect(GCP_CAPABILITIES).toEqual({
      applies: [
        "google_compute_network",
        "google_compute_subnetwork",
        "google_compute_firewall",
        "google_compute_instance",
        "google_compute_disk",
        "google_container_cluster",
        "google_container_node_pool",
        "google_sql_database_instance",
        "google_cloudfunctions_function",
      ],
    });
  });

  it("uses a registered handler for every operation, with ownership and token checks around it", async () => {
    const { provider, calls, widgets } = widgetCloud();

    const made = await provider.create(op());
    expect(made).toMatchObject({ address: "fake_widget.a", id: "w-1", attributes: { size: 1 } });
    expect(calls.splice(0)).toEqual(["findByToken", "create new in r1", "read w-1", "live w-1"]);

    // A retry with the same token completes the first attempt instead of making another.
    expect((await provider.create(op())).id).toBe("w-1");
    expect(calls.splice(0)).toEqual(["findByToken", "create earlier w-1 in r1", "read w-1", "live w-1"]);
    // ... but not one at another address, nor another repository's.
    await provider.create(op({ address: "fake_widget.b" }));
    expect(calls.splice(0)[1]).toBe("create new in r1");
    await provider.create(op({ target: { ...target, repository: "mallory/tools" } }));
    expect(calls.splice(0)[1]).toBe("create new in r1");

    // Live state holds only what the target owns.
    const live = await provider.readLive(target);
    expect(live.map((r) => `${r.address} ${r.id}`)).toEqual(["fake_widget.a w-1", "fake_widget.b w-2"]);
    expect(calls.splice(0)).toEqual(["list", "live w-1,w-2"]);

    const updated = await provider.update({ ...op({ attributes: { size: 2 } }), id: "w-1" });
    expect(updated.attributes).toEqual({ size: 2 });
    expect(calls.splice(0)).toEqual(["read w-1", "update w-1", "read w-1", "live w-1"]);

    // Another repository's widget, or ours under another address, is read and left alone.
    for (const [id, address] of [
      ["w-3", "fake_widget.a"],
      ["w-1", "fake_widget.b"],
    ] as const) {
      expect((await failure(provider.update({ ...op({ address }), id }))).code).toBe("NotOwned");
      expect((await failure(provider.delete(target, { id, address, type: "fake_widget" }))).code).toBe(
        "NotOwned",
      );
      expect(calls.splice(0)).toEqual([`read ${id}`, `read ${id}`]);
    }

    await provider.delete(target, { id: "w-1", address: "fake_widget.a", type: "fake_widget" });
    expect(calls.splice(0)).toEqual(["read w-1", "delete w-1"]);
    // Deleting what is already gone succeeds; updating it fails.
    await provider.delete(target, { id: "w-1", address: "fake_widget.a", type: "fake_widget" });
    expect(calls.splice(0)).toEqual(["read w-1"]);
    expect((await failure(provider.update({ ...op(), id: "w-1" }))).code).toBe("NotFound");
    expect([...widgets.keys()]).toEqual(["w-2", "w-3"]);
    expect(widgets.get("w-3")!.tags[OWNER_TAG_REPOSITORY]).toBe("mallory/tools");
    expect(widgets.get("w-3")!.tags[OWNER_TAG_ENVIRONMENT]).toBe("staging");
  });
});

describe("optional types", () => {
  /** A mandatory widget table plus an optional gadget type, with what discovery reports. */
  function withGadgets(discovered: string[] | undefined) {
    const listed: string[] = [];
    const gadget: ResourceHandler<{ region: string }, Widget> = {
      type: "fake_gadget",
      optional: true,
      async list() {
        listed.push("gadget");
        return [];
      },
      live: async () => [],
      read: async () => undefined,
      create: async () => "g-1",
      update: async () => undefined,
      delete: async () => undefined,
    };
    const asked: string[][] = [];
    const provider = dispatchProvider({
      name: "fake",
      handlers: {
        fake_widget: {
          ...gadget,
          type: "fake_widget",
          optional: false,
          list: async () => (listed.push("widget"), []),
        },
        fake_gadget: gadget,
      },
      context: (t) => ({ region: t.region }),
      ...(discovered && {
        discover: async (_ctx: unknown, _t: ProviderTarget, types: readonly string[]) => {
          asked.push([...types]);
          return new Set(discovered);
        },
      }),
    });
    return { provider, listed, asked };
  }

  it("are listed only when the spec uses them or discovery finds one", async () => {
    let cloud = withGadgets([]);
    await cloud.provider.readLive({ ...target, types: ["fake_widget"] });
    expect(cloud.listed).toEqual(["widget"]);
    expect(cloud.asked).toEqual([["fake_gadget"]]);

    cloud = withGadgets(["fake_gadget"]);
    await cloud.provider.readLive({ ...target, types: ["fake_widget"] });
    expect(cloud.listed.sort()).toEqual(["gadget", "widget"]);

    cloud = withGadgets([]);
    await cloud.provider.readLive({ ...target, types: ["fake_gadget"] });
    expect(cloud.listed.sort()).toEqual(["gadget", "widget"]);
    expect(cloud.asked).toEqual([]);
  });

  it("are all listed when the target names no types, or the cloud cannot discover", async () => {
    let cloud = withGadgets([]);
    await cloud.provider.readLive(target);
    expect(cloud.listed.sort()).toEqual(["gadget", "widget"]);
    cloud = withGadgets(undefined);
    await cloud.provider.readLive({ ...target, types: [] });
    expect(cloud.listed.sort()).toEqual(["gadget", "widget"]);
  });
});

describe("a create's earlier attempt", () => {
  const mineAt = (address: string) => ownershipTags(target, address);

  it("at a name derived from the token: anything else there is refused, untouched", async () => {
    const { provider, calls, put } = widgetCloud({ tokenIn: "name" });
    put("w-9", mineAt("fake_widget.other"));
    const err = await failure(provider.create(op()));
    expect(err.code).toBe("AlreadyExists");
    expect(err.message).toContain("a resource named name-of-w-9 already exists");
    expect(calls).toEqual(["findByToken"]);
  });

  it("by a tag: another create's resource with the same token is ignored", async () => {
    const { provider, calls, put } = widgetCloud();
    put("w-9", mineAt("fake_widget.other"));
    await provider.create(op());
    expect(calls[1]).toBe("create new in r1");
  });

  it("of a type without tags of its own: one in a container shared with this repository counts", async () => {
    // The container's tags: another repository's, shared with this one.
    const owner = { ...target, repository: "mallory/tools", sharedWith: [target.repository] };
    for (const [untagged, expected] of [
      [true, "create earlier w-9 in r1"],
      [false, "create new in r1"],
    ] as const) {
      const { provider, calls, put } = widgetCloud({ untagged });
      put("w-9", ownershipTags(owner, "fake_widget.a"));
      await provider.create(op());
      expect(calls[1]).toBe(expected);
    }
  });
});

describe("the Azure provider's table", () => {
  afterEach(() => {
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it("sends nothing to ARM for a type it has no handler for (its delete no longer falls through to a VM's)", async () => {
    nock.disableNetConnect();
    const azure = await azureProvider();
    const ref = {
      id: `${COMPUTE}/virtualMachines/web`,
      address: "azurerm_storage_account.s",
      type: "azurerm_storage_account",
    };
    for (const attempt of [
      azure.delete(azureTarget, ref),
      azure.update({ ...op({ ...ref, target: azureTarget }), id: ref.id }),
      azure.create(op({ ...ref, target: azureTarget })),
    ])
      // With the network disabled, any request would have failed with nock's error instead.
      expect((await failure(attempt)).code).toBe("UnsupportedResourceType");
  });
});

describe("the AWS provider's table", () => {
  afterEach(() => {
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it("sends nothing to EC2 for a type it has no handler for (no fall-through to another type's delete)", async () => {
    nock.disableNetConnect();
    const fake = new FakeEc2();
    fake.install();
    const aws = createAwsProviderWith(
      {
        settings: { default: "aws" },
        env: { AWS_ACCESS_KEY_ID: "k", AWS_SECRET_ACCESS_KEY: "s", AWS_ENDPOINT_URL_EC2: fake.endpoint },
      },
      { maxAttempts: 1 },
    );
    const awsTarget = { environment: "staging", repository: REPOSITORY, region: "us-east-1" };
    const ref = { id: "i-0abc", address: "aws_iam_role.f", type: "aws_iam_role" };
    const err = await failure(aws.delete(awsTarget, ref));
    expect(err.code).toBe("UnsupportedResourceType");
    expect(err.message).toContain(
      "aws_vpc, aws_subnet, aws_security_group, aws_instance, aws_internet_gateway",
    );
    expect((await failure(aws.update({ ...op({ ...ref, target: awsTarget }), id: ref.id }))).code).toBe(
      "UnsupportedResourceType",
    );
    expect(fake.calls).toEqual([]);
    await aws.close?.();
  });
});
