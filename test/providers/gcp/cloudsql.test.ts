/**
 * Cloud SQL instances through the dispatcher, with the real @google-cloud/sql client over REST
 * against a local fake of the Cloud SQL Admin API v1 (fake-cloudsql.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sqlDatabaseInstance } from "../../../src/providers/gcp/resources/sql-database-instance.js";
import { startFakeCloudSql, type FakeCloudSql } from "./fake-cloudsql.js";
import type { Json } from "./fake-rest.js";
import { REPOSITORY_LABEL, target } from "./fixtures.js";
import { operation, serviceRig, type ServiceRig } from "./service-context.js";

const TYPE = "google_sql_database_instance";
const ADDRESS = `${TYPE}.orders`;
const spec = {
  database_version: "POSTGRES_16",
  tier: "db-custom-2-7680",
  availability_type: "ZONAL",
  disk_size: 20,
  disk_type: "PD_SSD",
  ipv4_enabled: false,
  authorized_networks: [],
  deletion_protection: false,
};

let sql: FakeCloudSql;
let rig: ServiceRig;

beforeEach(async () => {
  sql = await startFakeCloudSql();
  rig = serviceRig(sql.port, { [TYPE]: sqlDatabaseInstance });
});
afterEach(async () => {
  await rig.close();
  await sql.close();
});

const writes = () => sql.calls.filter((c) => c.method !== "GET").map((c) => `${c.method} ${c.path}`);
const create = (attributes: Record<string, unknown> = spec, token = "token-1", address = ADDRESS) =>
  rig.provider.create(operation(TYPE, address, attributes as never, token, { team: "payments" }));
const stored = (id: string) => sql.instances.get(id.replace(/^projects\/([^/]+)\/instances\//, "$1/"))!;

describe("google_sql_database_instance", () => {
  it("creates an instance whose labels carry its ownership, and reads it back equal", async () => {
    const live = await create();
    expect(live.id).toMatch(/^projects\/demo\/instances\/staging-orders-[0-9a-f]{6}$/);
    expect(live.attributes).toEqual(spec);
    expect(live.tags).toEqual({ team: "payments" });
    const insert = sql.calls.find((c) => c.method === "POST")!;
    const settings = insert.body["settings"] as Json;
    expect(settings["userLabels"]).toMatchObject({
      team: "payments",
      "plagentic-environment": "staging",
      "plagentic-repository": REPOSITORY_LABEL,
    });
    expect(settings["dataDiskSizeGb"]).toBe("20");
    expect(JSON.stringify(insert.body)).not.toMatch(/password/i);

    const read = await rig.provider.readLive({ ...target, types: [TYPE] });
    expect(read).toEqual([live]);
    const list = sql.calls.find((c) => c.method === "GET" && c.path === "/v1/projects/demo/instances")!;
    expect(list.query.get("filter")).toBe("settings.userLabels.plagentic-environment:staging");
  });

  it("keeps a long address whole across several labels, and reads every page", async () => {
    const long = `${TYPE}.${"a".repeat(70)}`;
    const live = await create(spec, "token-l", long);
    expect(live.address).toBe(long);
    await create(spec, "token-2");
    sql.pageSize = 1;
    const read = await rig.provider.readLive(target);
    expect(read.map((r) => r.address).sort()).toEqual([ADDRESS, long].sort());
  });

  it("finds its earlier attempt on a retry instead of inserting again", async () => {
    const first = await create();
    const again = await create();
    expect(again.id).toBe(first.id);
    expect(writes()).toEqual(["POST /v1/projects/demo/instances"]);
  });

  it("shows changes made behind its back, and patches them back", async () => {
    const live = await create();
    const i = stored(live.id);
    (i["settings"] as Json)["tier"] = "db-custom-8-30720";
    (i["settings"] as Json)["ipConfiguration"] = {
      ipv4Enabled: true,
      authorizedNetworks: [{ value: "0.0.0.0/0" }],
    };
    i["state"] = "SUSPENDED";
    const [read] = await rig.provider.readLive(target);
    expect(read!.attributes).toMatchObject({
      tier: "db-custom-8-30720",
      ipv4_enabled: true,
      authorized_networks: [{ value: "0.0.0.0/0" }],
    });
    expect(read!.state).toBe("SUSPENDED");

    i["state"] = "RUNNABLE";
    const updated = await rig.provider.update({
      ...operation(TYPE, ADDRESS, spec as never, "t-upd"),
      id: live.id,
    });
    expect(updated.attributes).toEqual(spec);
    expect(writes()).toContain(`PATCH /v1/projects/demo/instances/${live.id.split("/").pop()}`);
  });

  it("refuses to change or delete an instance it does not own", async () => {
    sql.instances.set("demo/hand-made", {
      name: "hand-made",
      project: "demo",
      state: "RUNNABLE",
      databaseVersion: "MYSQL_8_0",
      settings: { tier: "db-f1-micro", userLabels: { "plagentic-environment": "staging" } },
    });
    const id = "projects/demo/instances/hand-made";
    await expect(rig.provider.delete(target, { id, address: ADDRESS, type: TYPE })).rejects.toMatchObject({
      code: "NotOwned",
    });
    await expect(
      rig.provider.update({ ...operation(TYPE, ADDRESS, spec as never), id }),
    ).rejects.toMatchObject({ code: "NotOwned" });
    // Another repository's, in the same environment, is not ours either.
    const other = await create();
    await expect(
      rig.provider.delete(
        { ...target, repository: "octo/other" },
        { id: other.id, address: ADDRESS, type: TYPE },
      ),
    ).rejects.toMatchObject({ code: "NotOwned" });
    expect(writes()).toEqual(["POST /v1/projects/demo/instances"]);
  });

  it("deletes only with deletion_protection off, waiting until the instance is gone", async () => {
    const guarded = await create({ ...spec, deletion_protection: true }, "token-p");
    await expect(
      rig.provider.delete(target, { id: guarded.id, address: ADDRESS, type: TYPE }),
    ).rejects.toMatchObject({ code: "DeletionProtection" });
    const live = await create();
    sql.operations.polls = 3;
    await rig.provider.delete(target, { id: live.id, address: ADDRESS, type: TYPE });
    expect(sql.instances.size).toBe(1);
  });

  it("surfaces an operation's error, and times out naming the instance", async () => {
    sql.operations.failing = { code: "QUOTA_EXCEEDED", message: "Quota exceeded for instances" };
    await expect(create()).rejects.toMatchObject({
      code: "QUOTA_EXCEEDED",
      message: expect.stringContaining("Quota exceeded"),
    });
    sql.operations.stalled = true;
    await expect(create(spec, "token-2")).rejects.toMatchObject({
      code: "Timeout",
      message: expect.stringContaining(ADDRESS),
    });
  });
});
