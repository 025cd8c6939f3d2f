/**
 * The GCP provider in the conformance suite: Compute Engine against the in-memory GCE of
 * test/providers/gcp/fake-gce.ts (nock), GKE, Cloud SQL and Cloud Functions against their fakes
 * on one local host (as services-plan.test.ts serves them); hooks edit what the fakes store.
 */
import nock from "nock";
import { callOptions, computeClients } from "../../../src/providers/gcp/clients.js";
import { gcpContext } from "../../../src/providers/gcp/context.js";
import { METADATA_OWNERSHIP, repositoryLabel } from "../../../src/providers/gcp/ownership.js";
import { GCP_HANDLERS } from "../../../src/providers/gcp/resources/index.js";
import type { GcpClientOptions } from "../../../src/providers/gcp/api-context.js";
import { dispatchProvider } from "../../../src/providers/dispatch.js";
import { OWNER_TAG_REPOSITORY, type LiveResource } from "../../../src/providers/provider.js";
import { cloudSqlApi } from "../gcp/fake-cloudsql.js";
import { fakeGce, type FakeGce } from "../gcp/fake-gce.js";
import { functionsApi } from "../gcp/fake-functions.js";
import { gkeApi } from "../gcp/fake-gke.js";
import { startFake } from "../gcp/fake-rest.js";
import { fakeAuth } from "../gcp/fixtures.js";
import type { ProviderHarness, SpecResource, TypeCase } from "./harness.js";

type Body = Record<string, unknown>;

export interface GcpCloud {
  gce: FakeGce;
  gke: ReturnType<typeof gkeApi>;
  sql: ReturnType<typeof cloudSqlApi>;
  fns: ReturnType<typeof functionsApi>;
}

/** The body the fake stores for a live resource (its id ends with the stored path's kind and name). */
export function storedOf(gce: FakeGce, r: LiveResource): Body {
  const tail = r.id.split("/").slice(-2).join("/");
  const found = [...gce.stored].filter(([key]) => key.endsWith(`/${tail}`));
  if (found.length !== 1) throw new Error(`the fake holds ${found.length} resources for ${r.id}`);
  return found[0]![1];
}

/** Names `repository` as the owner in labels (`plagentic-repository`) and in the JSON marker. */
function disownLabels(labels: Body | undefined, repository: string): void {
  if (labels) labels["plagentic-repository"] = repositoryLabel(repository);
}
function disownMarker(body: Body, key: string, repository: string): void {
  const text = body[key];
  if (typeof text !== "string" || !text.startsWith("{")) return;
  body[key] = JSON.stringify({ ...(JSON.parse(text) as object), [OWNER_TAG_REPOSITORY]: repository });
}

/** A cluster of the GKE fake, by the id the provider reports (its path). */
function clusterOf({ gke }: GcpCloud, id: string): Body {
  const c = gke.clusters.get(id);
  if (!c) throw new Error(`the fake GKE holds no cluster ${id}`);
  return c;
}
/** A node pool by its id (its cluster's path, then `/nodePools/<name>`). */
function poolOf(cloud: GcpCloud, id: string): Body {
  const [cluster, name] = id.split("/nodePools/");
  const pool = (clusterOf(cloud, cluster!)["nodePools"] as Body[]).find((p) => p["name"] === name);
  if (!pool) throw new Error(`the fake GKE holds no node pool ${id}`);
  return pool;
}
function sqlOf({ sql }: GcpCloud, id: string): Body {
  const i = sql.instances.get(`demo/${id.split("/").pop()}`);
  if (!i) throw new Error(`the fake Cloud SQL holds no instance ${id}`);
  return i;
}
function functionOf({ fns }: GcpCloud, id: string): Body {
  const f = fns.functions.get(id);
  if (!f) throw new Error(`the fake Cloud Functions holds no function ${id}`);
  return f;
}

export const NETWORK: SpecResource = {
  type: "google_compute_network",
  name: "main",
  properties: { auto_create_subnetworks: false },
};
export const SUBNETWORK: SpecResource = {
  type: "google_compute_subnetwork",
  name: "a",
  properties: { network: "ref(google_compute_network.main)", ip_cidr_range: "10.0.1.0/24" },
};

const CLUSTER: SpecResource = {
  type: "google_container_cluster",
  name: "main",
  properties: { deletion_protection: false, initial_node_count: 1 },
};

const cases: TypeCase<GcpCloud>[] = [
  {
    type: "google_compute_network",
    properties: NETWORK.properties,
    drift: async ({ gce }, r) => {
      storedOf(gce, r)["routingConfig"] = { routingMode: "GLOBAL" };
      return "routing_mode";
    },
  },
  {
    type: "google_compute_subnetwork",
    needs: [NETWORK],
    properties: SUBNETWORK.properties,
    drift: async ({ gce }, r) => {
      storedOf(gce, r)["privateIpGoogleAccess"] = true;
      return "private_ip_google_access";
    },
  },
  {
    type: "google_compute_firewall",
    needs: [NETWORK],
    properties: {
      network: "ref(google_compute_network.main)",
      source_ranges: ["0.0.0.0/0"],
      target_tags: ["web"],
      allow: [{ protocol: "tcp", ports: ["443"] }],
    },
    drift: async ({ gce }, r) => {
      storedOf(gce, r)["sourceRanges"] = ["10.0.0.0/8"];
      return "source_ranges";
    },
  },
  {
    type: "google_compute_instance",
    needs: [NETWORK, SUBNETWORK],
    properties: {
      machine_type: "e2-micro",
      boot_disk: { image: "debian-cloud/debian-12", size: 20 },
      subnetwork: "ref(google_compute_subnetwork.a)",
      network_tags: ["web"],
    },
    drift: async ({ gce }, r) => {
      const i = storedOf(gce, r);
      i["machineType"] = String(i["machineType"]).replace(/[^/]+$/, "e2-small");
      return "machine_type";
    },
  },
  {
    type: "google_compute_disk",
    properties: { size: 20, type: "pd-balanced" },
    drift: async ({ gce }, r) => {
      storedOf(gce, r)["sizeGb"] = "40";
      return "size";
    },
  },
  {
    type: "google_container_cluster",
    properties: CLUSTER.properties,
    drift: async (cloud, r) => {
      clusterOf(cloud, r.id)["initialNodeCount"] = 3;
      return "initial_node_count";
    },
    disown: async (cloud, r, repository) => {
      const c = clusterOf(cloud, r.id);
      disownLabels(c["resourceLabels"] as Body, repository);
      disownMarker(c, "description", repository);
    },
  },
  {
    type: "google_container_node_pool",
    needs: [CLUSTER],
    properties: { cluster: "ref(google_container_cluster.main)", machine_type: "e2-standard-4" },
    drift: async (cloud, r) => {
      (poolOf(cloud, r.id)["config"] as Body)["spot"] = true;
      return "spot";
    },
    // A pool is owned as its cluster is (its labels hold only its address).
    disown: async (cloud, r, repository) => {
      const c = clusterOf(cloud, r.id.split("/nodePools/")[0]!);
      disownLabels(c["resourceLabels"] as Body, repository);
      disownMarker(c, "description", repository);
    },
  },
  {
    type: "google_sql_database_instance",
    properties: {
      database_version: "POSTGRES_16",
      tier: "db-custom-2-7680",
      ipv4_enabled: false,
      deletion_protection: false,
    },
    drift: async (cloud, r) => {
      (sqlOf(cloud, r.id)["settings"] as Body)["availabilityType"] = "REGIONAL";
      return "availability_type";
    },
    disown: async (cloud, r, repository) => {
      disownLabels((sqlOf(cloud, r.id)["settings"] as Body)["userLabels"] as Body, repository);
    },
  },
  {
    type: "google_cloudfunctions_function",
    properties: { runtime: "nodejs20", trigger_http: true },
    drift: async (cloud, r) => {
      (functionOf(cloud, r.id)["serviceConfig"] as Body)["availableMemory"] = "1Gi";
      return "available_memory_mb";
    },
    disown: async (cloud, r, repository) => {
      const f = functionOf(cloud, r.id);
      disownLabels(f["labels"] as Body, repository);
      disownMarker(f, "description", repository);
    },
  },
];

export const gcpHarness: ProviderHarness<GcpCloud> = {
  name: "gcp",
  spec: { provider: "gcp", region: "us-central1", project: "demo" },
  async start() {
    nock.disableNetConnect();
    nock.enableNetConnect("127.0.0.1");
    const gce = fakeGce();
    const gke = gkeApi();
    const sql = cloudSqlApi();
    const fns = functionsApi();
    const server = await startFake([...gke.routes, ...sql.routes, ...fns.routes]);
    // createGcpProvider's wiring, with Compute at its own host (nock) and the other APIs at the
    // local one: the provider takes one endpoint for all of them.
    const compute = computeClients({ fallback: true, authClient: fakeAuth() });
    const services: GcpClientOptions = {
      fallback: true,
      projectId: "demo",
      authClient: fakeAuth(),
      apiEndpoint: "127.0.0.1",
      port: server.port,
      protocol: "http",
    };
    const others = new Map<string, { close(): Promise<void> }>();
    let now = 0;
    const clock = {
      now: () => now,
      sleep: async (ms: number) => {
        now += ms;
      },
      pollIntervalMs: 1_000,
      timeoutMs: 1_800_000,
      progress: () => undefined,
    };
    const provider = dispatchProvider({
      name: "gcp",
      handlers: GCP_HANDLERS,
      context: (target) =>
        gcpContext(
          {
            compute,
            call: callOptions({ maxRetries: 2, initialDelayMs: 1, maxDelayMs: 1 }),
            clock,
            project: () => "demo",
            client<T extends { close(): Promise<void> }>(api: string, make: (o: GcpClientOptions) => T): T {
              if (!others.has(api)) others.set(api, make({ ...services }));
              return others.get(api) as T;
            },
          },
          target,
        ),
    });
    return {
      provider,
      cloud: { gce, gke, sql, fns },
      // Instances and disks are owned by labels and the marker; the other Compute kinds by the marker.
      disown: async (sample, repository) => {
        // Labels (instances, disks) and the marker must agree, so both name the other repository.
        const body = storedOf(gce, sample);
        disownLabels(body["labels"] as Body | undefined, repository);
        const items = (body["metadata"] as { items?: { key: string; value: string }[] } | undefined)?.items;
        const item = items?.find((i) => i.key === METADATA_OWNERSHIP);
        if (item)
          item.value = JSON.stringify({
            ...(JSON.parse(item.value) as object),
            [OWNER_TAG_REPOSITORY]: repository,
          });
        else disownMarker(body, "description", repository);
      },
      async stop() {
        await Promise.all([...Object.values(compute), ...others.values()].map((c) => c.close()));
        await server.close();
        gce.done();
        nock.enableNetConnect();
      },
    };
  },
  cases,
};
