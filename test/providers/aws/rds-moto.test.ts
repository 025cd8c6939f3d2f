/**
 * `aws_db_instance` against moto_server through the real RDS client: created with an RDS-managed
 * password, found again on a retry, read back equal, drift shown, other owners' instances left
 * alone, deletion protection surfaced, final snapshots taken when asked, waits bounded.
 */
import {
  CreateDBInstanceCommand,
  DeleteDBInstanceCommand,
  DescribeDBInstancesCommand,
  DescribeDBSnapshotsCommand,
  ModifyDBInstanceCommand,
  RDSClient,
  type DBInstance,
} from "@aws-sdk/client-rds";
import { afterAll, beforeAll, expect, it } from "vitest";
import { loadPriceCatalog } from "../../../src/cost/index.js";
import { applyPlan } from "../../../src/plan/apply.js";
import { detectDrift } from "../../../src/plan/drift.js";
import { createPlan } from "../../../src/plan/engine.js";
import {
  OWNER_TAG_ADDRESS,
  OWNER_TAG_ENVIRONMENT,
  OWNER_TAG_REPOSITORY,
  type EnvironmentIdentity,
  type Provider,
  type ProviderTarget,
  type ResourceOperation,
} from "../../../src/providers/provider.js";
import { parseEnvironment } from "../../../src/spec/parse.js";
import { startMoto, type Moto } from "./moto.js";
import {
  credentials,
  describeWithMoto,
  failure,
  motoProvider,
  record,
  type Recorder,
} from "./moto-services.js";

const identity: EnvironmentIdentity = { repository: "octo/payments", sharedWith: [] };
const catalog = loadPriceCatalog();

function spec(environment: string, properties: string): ReturnType<typeof parseEnvironment> {
  return parseEnvironment(
    `environment: ${environment}
provider: aws
region: us-east-1
tags: { team: payments }
resources:
  - type: aws_db_instance
    name: main
    properties: { engine: postgres, instance_class: db.t3.micro, allocated_storage: 20, storage_encrypted: true${properties} }
`,
    `environments/${environment}.yaml`,
  );
}

describeWithMoto("aws_db_instance against moto", () => {
  let moto: Moto;
  let rds: RDSClient;
  let calls: Recorder;
  let provider: Provider;
  let progress: string[];
  const inputs = (env: ReturnType<typeof spec>) => ({ env, provider, catalog, policies: {}, identity });
  const describeDb = async (id: string): Promise<DBInstance | undefined> =>
    (await rds.send(new DescribeDBInstancesCommand({}))).DBInstances?.find(
      (d) => d.DBInstanceIdentifier === id,
    );

  beforeAll(async () => {
    moto = await startMoto();
    rds = new RDSClient({ region: "us-east-1", endpoint: moto.endpoint, credentials, maxAttempts: 1 });
    calls = record(rds);
    ({ provider, progress } = motoProvider(moto.endpoint, { RDS: rds }));
  }, 30_000);

  afterAll(async () => {
    await provider?.close?.();
    rds?.destroy();
    await moto?.stop();
  });

  it("applies with an RDS-managed password, reads back equal, shows drift and destroys with a final snapshot", async () => {
    const env = spec("moto-db", "");
    const first = await createPlan(inputs(env));
    expect(first.plan.changes.map((c) => `${c.action} ${c.address}`)).toEqual([
      "create aws_db_instance.main",
    ]);
    calls.reset();
    const applied = await applyPlan({ ...inputs(env), expectedHash: first.plan.hash });
    expect(applied.result.results.map((r) => r.status)).toEqual(["created"]);
    const id = applied.result.results[0]!.id!;
    expect(id).toMatch(/^moto-db-main-[0-9a-f]{8}$/);

    // The password never passes through Plagentic: RDS makes and keeps it.
    const create = calls.inputs.find((c) => c.command === "CreateDBInstanceCommand")!.input;
    expect(create).toMatchObject({ ManageMasterUserPassword: true, MasterUsername: "postgres" });
    expect(Object.keys(create).filter((k) => /password/i.test(k))).toEqual(["ManageMasterUserPassword"]);
    const db = (await describeDb(id))!;
    expect(db.MasterUserSecret?.SecretArn).toBeDefined();
    const tags = Object.fromEntries((db.TagList ?? []).map((t) => [t.Key, t.Value]));
    expect(tags).toMatchObject({
      team: "payments",
      [OWNER_TAG_ENVIRONMENT]: "moto-db",
      [OWNER_TAG_REPOSITORY]: "octo/payments",
      [OWNER_TAG_ADDRESS]: "aws_db_instance.main",
    });
    expect(JSON.stringify({ plan: first.plan, progress, tags })).not.toContain(
      db.MasterUserSecret!.SecretArn!,
    );

    const target: ProviderTarget = {
      environment: "moto-db",
      repository: "octo/payments",
      region: "us-east-1",
    };
    const [live] = await provider.readLive(target);
    expect(live).toMatchObject({
      id,
      attributes: {
        engine: "postgres",
        instance_class: "db.t3.micro",
        allocated_storage: 20,
        manage_master_user_password: true,
        skip_final_snapshot: false,
        vpc_security_groups: [],
      },
      tags: { team: "payments" },
    });
    expect(live!.attributes["username"]).toBeUndefined();
    expect((await createPlan(inputs(env))).plan.changes).toEqual([]);

    // Someone resizes it in the console.
    await rds.send(
      new ModifyDBInstanceCommand({
        DBInstanceIdentifier: id,
        DBInstanceClass: "db.m5.large",
        ApplyImmediately: true,
      }),
    );
    const drift = await detectDrift(env, provider, identity);
    expect(drift.items).toEqual([
      {
        address: "aws_db_instance.main",
        type: "aws_db_instance",
        kind: "changed",
        id,
        differences: [{ attribute: "instance_class", expected: "db.t3.micro", actual: "db.m5.large" }],
      },
    ]);
    const fix = await createPlan(inputs(env));
    expect(fix.plan.changes.map((c) => `${c.action} ${c.changedAttributes.join(",")}`)).toEqual([
      "update instance_class",
    ]);
    expect((await applyPlan({ ...inputs(env), expectedHash: fix.plan.hash })).result.ok).toBe(true);
    expect((await describeDb(id))!.DBInstanceClass).toBe("db.t3.micro");
    expect((await createPlan(inputs(env))).plan.changes).toEqual([]);

    const destroy = await createPlan({ ...inputs(env), destroy: true });
    const gone = await applyPlan({ ...inputs(env), destroy: true, expectedHash: destroy.plan.hash });
    expect(gone.result.results.map((r) => r.status)).toEqual(["deleted"]);
    expect(await describeDb(id)).toBeUndefined();
    const snapshots = await rds.send(new DescribeDBSnapshotsCommand({ DBInstanceIdentifier: id }));
    expect(snapshots.DBSnapshots?.map((s) => s.DBSnapshotIdentifier)).toEqual([`${id}-final`]);
    expect(progress.some((l) => l.includes(`final snapshot ${id}-final`))).toBe(true);

    // A fresh apply of the same spec creates a new instance rather than claiming the deleted one.
    const again = await createPlan(inputs(env));
    const recreated = await applyPlan({ ...inputs(env), expectedHash: again.plan.hash });
    expect(recreated.result.results.map((r) => r.status)).toEqual(["created"]);
    expect(recreated.result.results[0]!.id).not.toBe(id);
    const cleanup = await createPlan({ ...inputs(env), destroy: true });
    expect(
      (await applyPlan({ ...inputs(env), destroy: true, expectedHash: cleanup.plan.hash })).result.ok,
    ).toBe(true);
  });

  const target: ProviderTarget = {
    environment: "moto-db-ops",
    repository: "octo/payments",
    region: "us-east-1",
  };
  const op = (over: Partial<ResourceOperation> = {}): ResourceOperation => ({
    target,
    address: "aws_db_instance.orders[1]",
    type: "aws_db_instance",
    attributes: {
      engine: "mysql",
      instance_class: "db.t3.micro",
      allocated_storage: 20,
      storage_type: "gp2",
      username: "app",
      manage_master_user_password: true,
      vpc_security_groups: [],
      deletion_protection: false,
      skip_final_snapshot: true,
    },
    tags: {},
    token: "0f1e2d3c-4b5a-8697-a8b9-cadbecfd0e1f",
    ...over,
  });

  it("finds a retried create's first attempt instead of making a second instance", async () => {
    calls.reset();
    const made = await provider.create(op());
    const again = await provider.create(op());
    expect(again.id).toBe(made.id);
    expect(calls.calls.filter((c) => c === "CreateDBInstanceCommand")).toHaveLength(1);
    expect(made.attributes["username"]).toBe("app");
    expect(made.address).toBe("aws_db_instance.orders[1]");
    // RDS takes only letters, digits, spaces and _ . : / = + - @ in tag values: no brackets, no commas.
    const sent = calls.inputs.find((c) => c.command === "CreateDBInstanceCommand")!.input["Tags"] as {
      Key: string;
      Value: string;
    }[];
    for (const t of sent) expect(t.Value).toMatch(/^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u);
    expect(sent).toContainEqual({ Key: OWNER_TAG_ADDRESS, Value: "aws_db_instance.orders.1" });
    const ours = (await rds.send(new DescribeDBInstancesCommand({}))).DBInstances!.filter((d) =>
      d.TagList?.some((t) => t.Key === OWNER_TAG_ENVIRONMENT && t.Value === "moto-db-ops"),
    );
    expect(ours.map((d) => d.DBInstanceIdentifier)).toEqual([made.id]);

    // Tags converge in place; the ownership and private tags stay.
    const retagged = await provider.update({ ...op({ tags: { team: "orders" } }), id: made.id });
    expect(retagged.tags).toEqual({ team: "orders" });
    expect(retagged.address).toBe("aws_db_instance.orders[1]");
    expect((await provider.readLive(target)).map((r) => r.tags)).toEqual([{ team: "orders" }]);

    // skip_final_snapshot: the delete takes none.
    await provider.delete(target, made);
    expect(await describeDb(made.id)).toBeUndefined();
    const snapshots = await rds.send(new DescribeDBSnapshotsCommand({ DBInstanceIdentifier: made.id }));
    expect(snapshots.DBSnapshots ?? []).toEqual([]);
  });

  it("refuses to touch an instance it does not own, at its name or by id", async () => {
    // Someone made an instance at the very name this create would use.
    const squatter = op({ token: "7a6b5c4d-3e2f-8a1b-9c0d-e1f2a3b4c5d6" });
    const name = "moto-db-ops-orders-1-7a6b5c4d";
    await rds.send(
      new CreateDBInstanceCommand({
        DBInstanceIdentifier: name,
        Engine: "mysql",
        DBInstanceClass: "db.t3.micro",
        AllocatedStorage: 20,
        MasterUsername: "someone",
        ManageMasterUserPassword: true,
        Tags: [{ Key: OWNER_TAG_ENVIRONMENT, Value: "moto-db-ops" }],
      }),
    );
    calls.reset();
    expect((await failure(provider.create(squatter))).code).toBe("AlreadyExists");
    const ref = { id: name, address: "aws_db_instance.orders[1]", type: "aws_db_instance" };
    expect((await failure(provider.delete(target, ref))).code).toBe("NotOwned");
    expect((await failure(provider.update({ ...op(), id: name }))).code).toBe("NotOwned");
    expect(calls.calls.filter((c) => !c.startsWith("Describe"))).toEqual([]);
    expect((await describeDb(name))?.MasterUsername).toBe("someone");
    await rds.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: name, SkipFinalSnapshot: true }));
  });

  it("surfaces deletion protection as its own error and keeps the instance", async () => {
    const guarded = op({
      attributes: { ...op().attributes, deletion_protection: true },
      token: "1a2b3c4d-0000-8000-8000-000000000001",
    });
    const made = await provider.create(guarded);
    const err = await failure(provider.delete(target, made));
    expect(err.code).toBe("DeletionProtected");
    expect(err.message).toContain("aws_db_instance.orders[1]");
    expect(err.message).toContain("deletion_protection: false");
    expect((await describeDb(made.id))?.DeletionProtection).toBe(true);

    // Turning it off is an in-place update; then the delete goes through.
    const off = await provider.update({ ...op(), id: made.id });
    expect(off.attributes["deletion_protection"]).toBe(false);
    await provider.delete(target, made);
    expect(await describeDb(made.id)).toBeUndefined();
  });

  it("refuses a spec that turns off the RDS-managed password", async () => {
    const err = await failure(
      provider.create(
        op({
          attributes: { ...op().attributes, manage_master_user_password: false },
          token: "2b3c4d5e-0000-8000-8000-000000000002",
        }),
      ),
    );
    expect(err.code).toBe("Unsupported");
  });

  it("prints progress while RDS is creating and gives up with a Timeout naming the resource", async () => {
    const slow = motoProvider(moto.endpoint, { RDS: rds }, 60_000);
    const name = "moto-db-ops-orders-1-3c4d5e6f";
    // Once the create is sent, RDS keeps saying `creating` for longer than the bound.
    let created = false;
    calls.intercept("CreateDBInstanceCommand", () => {
      created = true;
      return undefined;
    });
    calls.intercept("DescribeDBInstancesCommand", (input) =>
      created
        ? {
            DBInstances: [
              { DBInstanceIdentifier: input["DBInstanceIdentifier"], DBInstanceStatus: "creating" },
            ],
          }
        : undefined,
    );
    try {
      const err = await failure(slow.provider.create(op({ token: "3c4d5e6f-0000-8000-8000-000000000003" })));
      expect(err.code).toBe("Timeout");
      expect(err.message).toContain(`aws_db_instance.orders[1] (${name})`);
    } finally {
      calls.release();
    }
    expect(created).toBe(true);
    expect(slow.progress[0]).toContain(`aws_db_instance.orders[1]: waiting for RDS instance ${name}`);
    expect(
      slow.progress.filter((l) => l.startsWith("still waiting for aws_db_instance.orders[1]")).length,
    ).toBeGreaterThan(2);
    await rds.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: name, SkipFinalSnapshot: true }));
  });
});
