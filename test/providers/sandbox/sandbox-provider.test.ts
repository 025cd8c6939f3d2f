import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { PriceCatalog } from "../../../src/cost/catalog.js";
import {
  OWNER_TAG_ADDRESS,
  OWNER_TAG_ENVIRONMENT,
  OWNER_TAG_REPOSITORY,
  ProviderOperationError,
  type Provider,
  type ProviderTarget,
  type ResourceOperation,
} from "../../../src/providers/provider.js";
import { createSandboxProvider } from "../../../src/providers/sandbox/sandbox-provider.js";
import { openStore, type Store } from "../../../src/store/store.js";

// The sandbox only asks whether a size exists; the rest of the catalog is the cost module's.
const catalog: Pick<PriceCatalog, "hasMachineSize"> = {
  hasMachineSize: (c, size) => c === "aws-ec2" && ["t3.micro", "t3.small"].includes(size),
};

const staging: ProviderTarget = { environment: "staging", repository: "octo/payments", region: "us-east-1" };
const production: ProviderTarget = {
  environment: "production",
  repository: "octo/payments",
  region: "us-east-1",
};

function op(
  type: string,
  name: string,
  attributes: ResourceOperation["attributes"],
  extra: Partial<ResourceOperation> = {},
): ResourceOperation {
  const address = `${type}.${name}`;
  const target = extra.target ?? staging;
  // Real tokens derive from the plan hash, which differs per environment.
  const token = `${target.environment}-plan1/${address}`;
  return { target, address, type, attributes, tags: { team: "payments" }, token, ...extra };
}

async function failure(p: Promise<unknown>): Promise<ProviderOperationError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ProviderOperationError);
  return err as ProviderOperationError;
}

describe("sandbox provider", () => {
  let dir: string;
  let store: Store;
  let cloud: Provider;
  const count = (where = "1 = 1") =>
    (store.db.prepare(`SELECT COUNT(*) AS n FROM sandbox_resources WHERE ${where}`).get() as { n: number }).n;

  /** A VPC and a subnet in staging, as most tests need somewhere to put an instance. */
  async function network(target = staging) {
    const vpc = await cloud.create(op("aws_vpc", "main", { cidr_block: "10.0.0.0/16" }, { target }));
    const subnet = await cloud.create(
      op("aws_subnet", "a", { vpc: vpc.id, cidr_block: "10.0.1.0/24" }, { target }),
    );
    return { vpc, subnet };
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "plagentic-sandbox-"));
    store = openStore(join(dir, "sandbox.db"));
    cloud = createSandboxProvider({ store, catalog });
  });
  afterEach(async () => {
    await cloud.close?.();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("is named sandbox and applies every type", () => {
    expect(cloud.name).toBe("sandbox");
    expect(cloud.capabilities.applies).toBe("*");
  });

  it("creates, reads, updates and deletes a resource", async () => {
    const { subnet } = await network();
    const created = await cloud.create(
      op("aws_instance", "web", {
        instance_type: "t3.micro",
        ami: "ami-0abcdef1234567890",
        subnet: subnet.id,
      }),
    );
    expect(created).toEqual({
      address: "aws_instance.web",
      type: "aws_instance",
      id: expect.stringMatching(/^i-0[0-9a-f]{16}$/),
      attributes: { instance_type: "t3.micro", ami: "ami-0abcdef1234567890", subnet: subnet.id },
      tags: { team: "payments" },
    });
    expect(subnet.id).toMatch(/^subnet-0[0-9a-f]{16}$/);

    const updated = await cloud.update({
      ...op("aws_instance", "web", {
        instance_type: "t3.small",
        ami: "ami-0abcdef1234567890",
        subnet: subnet.id,
      }),
      tags: { team: "checkout" },
      id: created.id,
    });
    expect(updated).toMatchObject({
      id: created.id,
      attributes: { instance_type: "t3.small" },
      tags: { team: "checkout" },
    });

    const live = await cloud.readLive(staging);
    expect(live.map((r) => r.address)).toEqual(["aws_instance.web", "aws_subnet.a", "aws_vpc.main"]);
    expect(live.find((r) => r.id === created.id)).toEqual(updated);

    await cloud.delete(staging, { id: created.id, address: created.address, type: created.type });
    expect((await cloud.readLive(staging)).map((r) => r.id)).not.toContain(created.id);
  });

  it("keeps ownership in the stored tags but never returns them", async () => {
    const { vpc } = await network();
    const row = store.db.prepare("SELECT tags FROM sandbox_resources WHERE id = ?").get(vpc.id) as {
      tags: string;
    };
    expect(JSON.parse(row.tags)).toEqual({
      team: "payments",
      [OWNER_TAG_ENVIRONMENT]: "staging",
      [OWNER_TAG_REPOSITORY]: "octo/payments",
      [OWNER_TAG_ADDRESS]: "aws_vpc.main",
    });
    expect(vpc.tags).toEqual({ team: "payments" });
  });

  it("reads only the target environment and ignores untagged resources", async () => {
    await network(staging);
    await network(production);
    store.db
      .prepare(
        `INSERT INTO sandbox_resources (id, type, region, attributes, tags, created_at, updated_at)
         VALUES ('vpc-0handmade00000000', 'aws_vpc', 'us-east-1', '{"cidr_block":"10.9.0.0/16"}', '{"Name":"legacy"}', 0, 0)`,
      )
      .run();
    const live = await cloud.readLive(staging);
    expect(live).toHaveLength(2);
    expect(live.map((r) => r.id)).not.toContain("vpc-0handmade00000000");
    const prodIds = (await cloud.readLive(production)).map((r) => r.id);
    expect(live.some((r) => prodIds.includes(r.id))).toBe(false);
    expect(await cloud.readLive({ ...staging, environment: "nowhere" })).toEqual([]);
    expect(count()).toBe(5);
  });

  it("never deletes or updates a resource that carries no ownership tags", async () => {
    store.db
      .prepare(
        `INSERT INTO sandbox_resources (id, type, region, attributes, tags, created_at, updated_at)
         VALUES ('vpc-0handmade00000000', 'aws_vpc', 'us-east-1', '{"cidr_block":"10.9.0.0/16"}', '{}', 0, 0)`,
      )
      .run();
    const target = { id: "vpc-0handmade00000000", address: "aws_vpc.main", type: "aws_vpc" };
    expect((await failure(cloud.delete(staging, target))).code).toBe("NotOwned");
    const err = await failure(
      cloud.update({ ...op("aws_vpc", "main", { cidr_block: "10.0.0.0/16" }), id: target.id }),
    );
    expect(err.code).toBe("NotOwned");
    expect(count("id = 'vpc-0handmade00000000'")).toBe(1);
  });

  it("does not let one environment update or delete another's resource", async () => {
    const { vpc } = await network(production);
    const err = await failure(
      cloud.update({ ...op("aws_vpc", "main", { cidr_block: "10.0.0.0/16" }), id: vpc.id }),
    );
    expect(err.code).toBe("NotOwned");
    expect((await failure(cloud.delete(staging, vpc))).code).toBe("NotOwned");
    expect((await cloud.readLive(production)).map((r) => r.id)).toContain(vpc.id);
  });

  it("returns the first resource for a repeated create token and creates nothing new", async () => {
    const first = await cloud.create(op("aws_vpc", "main", { cidr_block: "10.0.0.0/16" }));
    const again = await cloud.create(op("aws_vpc", "main", { cidr_block: "10.0.0.0/16" }));
    expect(again.id).toBe(first.id);
    expect(count()).toBe(1);
    const other = await cloud.create(
      op("aws_vpc", "main", { cidr_block: "10.0.0.0/16" }, { token: "plan2/aws_vpc.main" }),
    );
    expect(other.id).not.toBe(first.id);
    expect(count()).toBe(2);
  });

  it("rejects a token reused for a different resource", async () => {
    await cloud.create(op("aws_vpc", "main", { cidr_block: "10.0.0.0/16" }, { token: "t" }));
    const err = await failure(
      cloud.create(op("aws_vpc", "other", { cidr_block: "10.1.0.0/16" }, { token: "t" })),
    );
    expect(err.code).toBe("IdempotentParameterMismatch");
    expect(count()).toBe(1);
  });

  it("rejects a reference to an id that does not exist", async () => {
    const err = await failure(
      cloud.create(op("aws_subnet", "a", { vpc: "vpc-0123456789abcdef0", cidr_block: "10.0.1.0/24" })),
    );
    expect(err.code).toBe("InvalidParameterValue");
    expect(err.message).toBe("vpc vpc-0123456789abcdef0 does not exist");
    expect(count()).toBe(0);
  });

  it("checks references inside lists and their types", async () => {
    const { vpc, subnet } = await network();
    const missing = await failure(
      cloud.create(
        op("aws_instance", "web", {
          instance_type: "t3.micro",
          ami: "ami-0abcdef1234567890",
          subnet: subnet.id,
          security_groups: ["sg-0000000000000000a"],
        }),
      ),
    );
    expect(missing.message).toBe("security_groups[0] sg-0000000000000000a does not exist");
    const wrongType = await failure(
      cloud.create(
        op("aws_instance", "web", {
          instance_type: "t3.micro",
          ami: "ami-0abcdef1234567890",
          subnet: vpc.id,
        }),
      ),
    );
    expect(wrongType.code).toBe("InvalidParameterValue");
    expect(wrongType.message).toMatch(/is a aws_vpc, not a aws_subnet/);
    expect(count("type = 'aws_instance'")).toBe(0);
  });

  it("rejects a machine size the catalog does not know, on create and on update", async () => {
    const err = await failure(
      cloud.create(op("aws_instance", "web", { instance_type: "t3.smal", ami: "ami-0abcdef1234567890" })),
    );
    expect(err.code).toBe("InvalidInstanceType");
    expect(err.message).toContain("t3.smal");
    expect(count()).toBe(0);

    const ok = await cloud.create(
      op("aws_instance", "web", { instance_type: "t3.small", ami: "ami-0abcdef1234567890" }),
    );
    const bad = await failure(
      cloud.update({
        ...op("aws_instance", "web", { instance_type: "t3.huge", ami: "ami-0abcdef1234567890" }),
        id: ok.id,
      }),
    );
    expect(bad.code).toBe("InvalidInstanceType");
    const [live] = await cloud.readLive(staging);
    expect(live?.attributes["instance_type"]).toBe("t3.small");
  });

  it("refuses to delete a resource that another still references", async () => {
    const { vpc, subnet } = await network();
    const err = await failure(cloud.delete(staging, vpc));
    expect(err.code).toBe("DependencyViolation");
    expect(err.message).toContain(subnet.id);
    expect(count()).toBe(2);

    await cloud.delete(staging, subnet);
    await cloud.delete(staging, vpc);
    expect(count()).toBe(0);
  });

  it("treats deleting a resource that is already gone as success", async () => {
    await expect(
      cloud.delete(staging, { id: "i-0123456789abcdef0", address: "aws_instance.web", type: "aws_instance" }),
    ).resolves.toBeUndefined();
  });

  it("updates only a resource that exists", async () => {
    const err = await failure(
      cloud.update({ ...op("aws_vpc", "main", { cidr_block: "10.0.0.0/16" }), id: "vpc-0123456789abcdef0" }),
    );
    expect(err.code).toBe("NotFound");
  });

  it("shows an edit made outside Plagentic in readLive", async () => {
    const { subnet } = await network();
    store.db
      .prepare(
        "UPDATE sandbox_resources SET attributes = json_set(attributes, '$.map_public_ip_on_launch', json('true')) WHERE id = ?",
      )
      .run(subnet.id);
    const live = await cloud.readLive(staging);
    expect(live.find((r) => r.id === subnet.id)?.attributes).toEqual({
      vpc: expect.stringMatching(/^vpc-/),
      cidr_block: "10.0.1.0/24",
      map_public_ip_on_launch: true,
    });
  });

  it("advances created_at and updated_at on a logical clock, not wall time", async () => {
    const vpc = await cloud.create(op("aws_vpc", "main", { cidr_block: "10.0.0.0/16" }));
    await cloud.update({
      ...op("aws_vpc", "main", { cidr_block: "10.0.0.0/16", enable_dns_hostnames: true }),
      id: vpc.id,
    });
    const row = store.db
      .prepare("SELECT created_at, updated_at FROM sandbox_resources WHERE id = ?")
      .get(vpc.id);
    expect(row).toEqual({ created_at: 1, updated_at: 2 });
  });

  it("gives a replacement of a name-based resource its own id, so deleting the old one keeps it", async () => {
    const attributes = { role: "arn:aws:iam::123456789012:role/resize", runtime: "nodejs20.x" };
    const old = await cloud.create(op("aws_lambda_function", "resize", attributes));
    expect(old.id).toMatch(/:function:staging-resize$/);
    const replacement = await cloud.create(
      op("aws_lambda_function", "resize", attributes, { token: "plan2" }),
    );
    expect(replacement.id).toMatch(/:function:staging-resize-[0-9a-f]{6}$/);
    await cloud.delete(staging, old);
    expect((await cloud.readLive(staging)).map((r) => r.id)).toEqual([replacement.id]);
  });

  it("refuses a name that another environment already uses", async () => {
    const attributes = { role: "arn:aws:iam::123456789012:role/x", function_name: "shared" };
    await cloud.create(op("aws_lambda_function", "fn", attributes, { target: production }));
    const err = await failure(cloud.create(op("aws_lambda_function", "fn", attributes)));
    expect(err.code).toBe("ResourceConflictException");
    expect(await cloud.readLive(staging)).toEqual([]);
  });

  it("uses injected ids and refuses one that is already taken", async () => {
    const ids = ["vpc-0000000000000001", "vpc-0000000000000001"];
    const fixed = createSandboxProvider({ store, catalog, newId: () => ids.shift() ?? "none" });
    const vpc = await fixed.create(op("aws_vpc", "main", { cidr_block: "10.0.0.0/16" }));
    expect(vpc.id).toBe("vpc-0000000000000001");
    const err = await failure(fixed.create(op("aws_vpc", "other", { cidr_block: "10.1.0.0/16" })));
    expect(err.code).toBe("ResourceConflictException");
    expect(count()).toBe(1);
  });

  it("keeps the stores of two provider instances in step: state lives in SQLite", async () => {
    const { vpc } = await network();
    const otherStore = openStore(join(dir, "sandbox.db"));
    const second = createSandboxProvider({ store: otherStore, catalog });
    expect((await second.readLive(staging)).map((r) => r.id)).toContain(vpc.id);
    otherStore.close();
  });
});
