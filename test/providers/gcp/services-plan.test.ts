/**
 * A spec using GKE, Cloud SQL and Cloud Functions, applied through the dispatcher against one local
 * host serving all three fakes (as `providers.gcp.api_endpoint` may): what the spec leaves out or
 * takes by default reads back equal, so the plan diff is empty, and drift shows in it.
 */
import { afterEach, beforeEach, expect, it } from "vitest";
import { diffResources, normalizeLive } from "../../../src/plan/diff.js";
import { cloudfunctionsFunction } from "../../../src/providers/gcp/resources/cloudfunctions-function.js";
import { containerCluster } from "../../../src/providers/gcp/resources/container-cluster.js";
import { containerNodePool } from "../../../src/providers/gcp/resources/container-node-pool.js";
import { sqlDatabaseInstance } from "../../../src/providers/gcp/resources/sql-database-instance.js";
import { refTarget, type Attributes, type Value } from "../../../src/spec/model.js";
import { parseEnvironment } from "../../../src/spec/parse.js";
import { cloudSqlApi } from "./fake-cloudsql.js";
import { functionsApi } from "./fake-functions.js";
import { gkeApi } from "./fake-gke.js";
import { startFake, type FakeServer, type Json } from "./fake-rest.js";
import { target } from "./fixtures.js";
import { serviceRig, type ServiceRig } from "./service-context.js";

const env = parseEnvironment(
  [
    "environment: staging",
    "provider: gcp",
    "region: us-central1",
    "project: demo",
    "tags: { team: payments }",
    "resources:",
    "  - type: google_container_cluster",
    "    name: main",
    "    properties: { deletion_protection: false }",
    "  - type: google_container_node_pool",
    "    name: workers",
    "    properties: { cluster: ref(google_container_cluster.main), machine_type: e2-standard-4 }",
    "  - type: google_sql_database_instance",
    "    name: orders",
    "    properties: { database_version: POSTGRES_16, tier: db-custom-2-7680, ipv4_enabled: false }",
    "  - type: google_cloudfunctions_function",
    "    name: hook",
    "    properties: { runtime: nodejs20, trigger_http: true }",
  ].join("\n"),
  "environments/staging.yaml",
);

const gke = gkeApi();
const sql = cloudSqlApi();
const fns = functionsApi();
let server: FakeServer;
let rig: ServiceRig;

beforeEach(async () => {
  server = await startFake([...gke.routes, ...sql.routes, ...fns.routes]);
  rig = serviceRig(server.port, {
    google_container_cluster: containerCluster,
    google_container_node_pool: containerNodePool,
    google_sql_database_instance: sqlDatabaseInstance,
    google_cloudfunctions_function: cloudfunctionsFunction,
  });
});
afterEach(async () => {
  await rig.close();
  await server.close();
});

function resolve(attrs: Attributes, ids: Map<string, string>): Attributes {
  const r = (v: Value): Value => {
    const t = refTarget(v);
    if (t !== undefined) return ids.get(t)!;
    if (Array.isArray(v)) return v.map(r);
    if (v !== null && typeof v === "object")
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, r(x)]));
    return v;
  };
  return Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, r(v)]));
}

it("applies the spec, reads it back with no diff, and shows drift made behind its back", async () => {
  const ids = new Map<string, string>();
  for (const [n, r] of env.resources.entries()) {
    const made = await rig.provider.create({
      target,
      address: r.address,
      type: r.type,
      attributes: resolve(r.attributes, ids),
      tags: r.tags,
      token: `token-${n}`,
    });
    ids.set(r.address, made.id);
  }
  const live = normalizeLive(
    await rig.provider.readLive({ ...target, types: env.resources.map((r) => r.type) }),
  );
  expect(live.map((r) => r.address).sort()).toEqual(env.resources.map((r) => r.address).sort());
  expect(
    diffResources(env.resources, live, { writeOnly: rig.provider.capabilities.writeOnly ?? {} }),
  ).toEqual([]);

  const pool = (gke.clusters.get(ids.get("google_container_cluster.main")!)!["nodePools"] as Json[])[0]!;
  (pool["config"] as Json)["spot"] = true;
  (
    sql.instances.get(`demo/${ids.get("google_sql_database_instance.orders")!.split("/").pop()}`)![
      "settings"
    ] as Json
  )["availabilityType"] = "REGIONAL";
  const drifted = diffResources(
    env.resources,
    normalizeLive(await rig.provider.readLive({ ...target, types: env.resources.map((r) => r.type) })),
  );
  expect(drifted.map((c) => `${c.action} ${c.address} ${c.changedAttributes.join(",")}`)).toEqual([
    "replace google_container_node_pool.workers spot",
    "update google_sql_database_instance.orders availability_type",
  ]);
});
