/**
 * GKE clusters and node pools through the dispatcher, with the real @google-cloud/container client
 * over REST against a local fake of the Kubernetes Engine API v1 (fake-gke.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { containerCluster } from "../../../src/providers/gcp/resources/container-cluster.js";
import { containerNodePool } from "../../../src/providers/gcp/resources/container-node-pool.js";
import type { Json } from "./fake-rest.js";
import { startFakeGke, type FakeGke } from "./fake-gke.js";
import { REPOSITORY, target } from "./fixtures.js";
import { operation, serviceRig, type ServiceRig } from "./service-context.js";

const CLUSTER = "google_container_cluster";
const POOL = "google_container_node_pool";
const NETWORK = "projects/demo/global/networks/staging-main-aaaaaa";
const clusterSpec = {
  location: "us-central1",
  network: NETWORK,
  min_master_version: "1.30",
  enable_autopilot: false,
  remove_default_node_pool: true,
  initial_node_count: 1,
  deletion_protection: false,
};

let gke: FakeGke;
let rig: ServiceRig;

beforeEach(async () => {
  gke = await startFakeGke();
  rig = serviceRig(gke.port, { [CLUSTER]: containerCluster, [POOL]: containerNodePool });
});
afterEach(async () => {
  await rig.close();
  await gke.close();
});

const writes = () => gke.calls.filter((c) => c.method !== "GET").map((c) => `${c.method} ${c.path}`);

async function makeCluster(spec: Record<string, unknown> = clusterSpec, token = "token-1") {
  return rig.provider.create(
    operation(CLUSTER, `${CLUSTER}.main`, spec as never, token, { team: "payments" }),
  );
}

function poolSpec(clusterId: string) {
  return { cluster: clusterId, machine_type: "e2-standard-4", node_count: 2, spot: false };
}

describe("google_container_cluster", () => {
  it("creates a cluster carrying its ownership in the create, removes the default pool, and reads back equal", async () => {
    const live = await makeCluster();
    expect(live.id).toMatch(/^projects\/demo\/locations\/us-central1\/clusters\/staging-main-[0-9a-f]{6}$/);
    expect(live.attributes).toEqual(clusterSpec);
    expect(live.tags).toEqual({ team: "payments" });
    const create = gke.calls.find((c) => c.method === "POST" && c.path.endsWith("/clusters"))!;
    const body = create.body["cluster"] as Json;
    expect(JSON.parse(String(body["description"]))).toMatchObject({
      "plagentic:environment": "staging",
      "plagentic:repository": REPOSITORY,
      "plagentic:address": `${CLUSTER}.main`,
    });
    expect(body["resourceLabels"]).toMatchObject({ team: "payments", "plagentic-environment": "staging" });
    expect(body["network"]).toBe(NETWORK);
    expect(writes()).toEqual([
      "POST /v1/projects/demo/locations/us-central1/clusters",
      `DELETE /v1/${live.id}/nodePools/default-pool`,
    ]);
    expect(rig.progress.some((l) => l.includes(`${CLUSTER}.main`))).toBe(true);

    const read = await rig.provider.readLive({ ...target, types: [CLUSTER] });
    expect(read).toEqual([live]);
  });

  it("finds its earlier attempt on a retry instead of creating a second cluster", async () => {
    const first = await makeCluster();
    const again = await makeCluster();
    expect(again.id).toBe(first.id);
    expect(writes().filter((w) => w.startsWith("POST"))).toHaveLength(1);
    expect(gke.clusters.size).toBe(1);
    // Another token is another apply attempt: a cluster of its own.
    await makeCluster(clusterSpec, "token-2");
    expect(gke.clusters.size).toBe(2);
  });

  it("shows changes made behind its back, and a broken cluster's state", async () => {
    const live = await makeCluster();
    const c = gke.clusters.get(live.id)!;
    c["resourceLabels"] = { ...(c["resourceLabels"] as Json), team: "intruder" };
    c["currentMasterVersion"] = "1.29.9-gke.1";
    c["status"] = "ERROR";
    const [read] = await rig.provider.readLive(target);
    expect(read!.tags).toEqual({ team: "intruder" });
    expect(read!.attributes["min_master_version"]).toBe("1.29.9-gke.1");
    expect(read!.state).toBe("ERROR");
  });

  it("updates labels and the master version in place", async () => {
    const live = await makeCluster();
    await rig.provider.update({
      ...operation(
        CLUSTER,
        `${CLUSTER}.main`,
        { ...clusterSpec, min_master_version: "1.31" } as never,
        "t-upd",
      ),
      tags: { team: "core" },
      id: live.id,
    });
    const [read] = await rig.provider.readLive(target);
    expect(read!.tags).toEqual({ team: "core" });
    expect(read!.attributes["min_master_version"]).toBe("1.31");
  });

  it("refuses to change or delete a cluster it does not own, and leaves it untouched", async () => {
    const id = "projects/demo/locations/us-central1/clusters/hand-made";
    gke.clusters.set(id, {
      name: "hand-made",
      location: "us-central1",
      status: "RUNNING",
      description: "made by hand",
      resourceLabels: { "plagentic-environment": "staging" },
      nodePools: [],
    });
    const ref = { id, address: `${CLUSTER}.main`, type: CLUSTER };
    await expect(rig.provider.delete(target, ref)).rejects.toMatchObject({ code: "NotOwned" });
    await expect(
      rig.provider.update({ ...operation(CLUSTER, `${CLUSTER}.main`, clusterSpec as never), id }),
    ).rejects.toMatchObject({ code: "NotOwned" });
    // Another repository's cluster is not ours either, even in the same environment.
    const other = await makeCluster();
    await expect(
      rig.provider.delete({ ...target, repository: "octo/other" }, { ...ref, id: other.id }),
    ).rejects.toMatchObject({ code: "NotOwned" });
    expect(
      writes().filter(
        (w) =>
          w.startsWith("DELETE /v1/projects/demo/locations/us-central1/clusters/") &&
          !w.includes("nodePools"),
      ),
    ).toEqual([]);
    expect(await rig.provider.readLive(target)).toHaveLength(1);
  });

  it("deletes only with deletion_protection off, waiting until the cluster is gone", async () => {
    const guarded = await makeCluster({ ...clusterSpec, deletion_protection: true }, "token-p");
    await expect(
      rig.provider.delete(target, { id: guarded.id, address: `${CLUSTER}.main`, type: CLUSTER }),
    ).rejects.toMatchObject({ code: "DeletionProtection" });
    expect(gke.clusters.has(guarded.id)).toBe(true);

    const live = await makeCluster();
    await rig.provider.delete(target, { id: live.id, address: `${CLUSTER}.main`, type: CLUSTER });
    expect(gke.clusters.has(live.id)).toBe(false);
  });

  it("surfaces an operation's error with its code", async () => {
    gke.operations.failing = { code: 8, message: "Insufficient regional quota to satisfy request" };
    await expect(makeCluster()).rejects.toMatchObject({
      code: "RESOURCE_EXHAUSTED",
      message: expect.stringContaining("Insufficient regional quota"),
    });
  });

  it("gives up with a Timeout naming the cluster when GKE never finishes", async () => {
    gke.operations.stalled = true;
    const err = await makeCluster().catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "Timeout", message: expect.stringContaining(`${CLUSTER}.main`) });
  });
});

describe("google_container_node_pool", () => {
  async function withCluster() {
    const cluster = await makeCluster();
    gke.calls.length = 0;
    return cluster.id;
  }

  it("creates a pool owned through its cluster, retries idempotently and reads back equal", async () => {
    const clusterId = await withCluster();
    const op = operation(POOL, `${POOL}.workers`, poolSpec(clusterId), "token-1", { tier: "batch" });
    const live = await rig.provider.create(op);
    expect(live.id).toMatch(new RegExp(`^${clusterId}/nodePools/staging-workers-[0-9a-f]{6}$`));
    expect(live.attributes).toEqual(poolSpec(clusterId));
    expect(live.tags).toEqual({ tier: "batch" });
    const again = await rig.provider.create(op);
    expect(again.id).toBe(live.id);
    expect(writes()).toEqual([`POST /v1/${clusterId}/nodePools`]);

    const read = await rig.provider.readLive({ ...target, types: [POOL] });
    expect(read.filter((r) => r.type === POOL)).toEqual([live]);
  });

  it("resizes and shows drift made behind its back", async () => {
    const clusterId = await withCluster();
    const live = await rig.provider.create(operation(POOL, `${POOL}.workers`, poolSpec(clusterId)));
    await rig.provider.update({
      ...operation(POOL, `${POOL}.workers`, { ...poolSpec(clusterId), node_count: 3 }, "t-upd"),
      id: live.id,
    });
    expect(writes()).toContain(`POST /v1/${live.id}:setSize`);
    const c = gke.clusters.get(clusterId)!;
    const pool = (c["nodePools"] as Json[]).find((p) => live.id.endsWith(String(p["name"])))!;
    (pool["config"] as Json)["machineType"] = "n2-standard-8";
    const [read] = (await rig.provider.readLive(target)).filter((r) => r.type === POOL);
    expect(read!.attributes).toMatchObject({ node_count: 3, machine_type: "n2-standard-8" });
  });

  it("refuses a pool in a cluster it does not own, even one carrying its address labels", async () => {
    const clusterId = await withCluster();
    const live = await rig.provider.create(operation(POOL, `${POOL}.workers`, poolSpec(clusterId)));
    const c = gke.clusters.get(clusterId)!;
    c["description"] = JSON.stringify({
      "plagentic:environment": "staging",
      "plagentic:repository": "octo/other",
    });
    await expect(
      rig.provider.delete(target, { id: live.id, address: `${POOL}.workers`, type: POOL }),
    ).rejects.toMatchObject({ code: "NotOwned" });
    expect((c["nodePools"] as Json[]).length).toBe(1);
  });

  it("deletes the pool and waits until it is gone, so the cluster's delete can follow", async () => {
    const clusterId = await withCluster();
    const live = await rig.provider.create(operation(POOL, `${POOL}.workers`, poolSpec(clusterId)));
    const clusterRef = { id: clusterId, address: `${CLUSTER}.main`, type: CLUSTER };
    await expect(rig.provider.delete(target, clusterRef)).rejects.toMatchObject({
      code: "DependencyViolation",
    });
    gke.operations.polls = 3;
    await rig.provider.delete(target, { id: live.id, address: `${POOL}.workers`, type: POOL });
    expect(gke.clusters.get(clusterId)!["nodePools"]).toEqual([]);
    await rig.provider.delete(target, clusterRef);
    expect(gke.clusters.size).toBe(0);
  });

  it("surfaces an operation's error and times out naming the pool", async () => {
    const clusterId = await withCluster();
    gke.operations.failing = { code: 3, message: "Machine type n9-huge is not valid" };
    await expect(
      rig.provider.create(operation(POOL, `${POOL}.workers`, poolSpec(clusterId))),
    ).rejects.toMatchObject({ code: "INVALID_ARGUMENT", message: expect.stringContaining("n9-huge") });

    gke.operations.stalled = true;
    await expect(
      rig.provider.create(operation(POOL, `${POOL}.batch`, poolSpec(clusterId), "token-2")),
    ).rejects.toMatchObject({ code: "Timeout", message: expect.stringContaining(`${POOL}.batch`) });
  });
});
