import { DatabaseSync } from "node:sqlite";
import { describe, expect, it } from "vitest";
import { LOCAL_IDENTITY, targetOf } from "../../src/providers/provider.js";
import { createSandboxProvider } from "../../src/providers/sandbox/sandbox-provider.js";
import { adaptSyncDatabase, type NodeDatabase } from "../../src/store/driver.js";
import { openStore, schemaVersion } from "../../src/store/store.js";

/**
 * The node:sqlite driver that the bundled Action uses (a runner has no node_modules, so no
 * better-sqlite3), over the real built-in module: migrations, the sandbox cloud and rollback all go
 * through the adapter.
 */
function adapted(path: string) {
  return adaptSyncDatabase(new DatabaseSync(path, { timeout: 1000 }) as NodeDatabase);
}

const catalog = { hasMachineSize: (_c: string, size: string) => size.startsWith("t3.") };
const target = targetOf(
  {
    environment: "e",
    provider: "sandbox",
    region: "us-east-1",
    tags: {},
    resources: [],
  },
  LOCAL_IDENTITY,
);

describe("the node:sqlite adapter", () => {
  it("runs the migrations and the sandbox cloud", async () => {
    const store = openStore(":memory:", { open: adapted });
    expect(schemaVersion(store)).toBeGreaterThan(0);
    const cloud = createSandboxProvider({ store, catalog });
    const op = { target, address: "aws_instance.a", type: "aws_instance", tags: {}, token: "t-1" };
    const created = await cloud.create({
      ...op,
      attributes: { instance_type: "t3.micro", ami: "ami-0abcdef1234567890" },
    });
    const again = await cloud.create({
      ...op,
      attributes: { instance_type: "t3.micro", ami: "ami-0abcdef1234567890" },
    });
    expect(again.id).toBe(created.id);
    expect((await cloud.readLive(target)).map((r) => r.address)).toEqual(["aws_instance.a"]);
    store.close();
    expect(store.db.open).toBe(false);
  });

  it("rolls a failed transaction back", async () => {
    const store = openStore(":memory:", { open: adapted });
    const cloud = createSandboxProvider({ store, catalog });
    await expect(
      cloud.create({
        target,
        address: "aws_instance.b",
        type: "aws_instance",
        tags: {},
        token: "t-2",
        attributes: { instance_type: "m9.huge", ami: "ami-0abcdef1234567890" },
      }),
    ).rejects.toThrow(/m9\.huge/);
    expect(await cloud.readLive(target)).toEqual([]);
    const fail = store.db.transaction(() => {
      store.db.prepare("INSERT INTO schema_migrations (version, name) VALUES (999, 'x')").run();
      throw new Error("boom");
    });
    expect(() => fail()).toThrow("boom");
    expect(store.db.prepare("SELECT COUNT(*) AS n FROM schema_migrations WHERE version = 999").get()).toEqual(
      { n: 0 },
    );
  });
});
