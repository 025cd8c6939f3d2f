import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { diffResources, normalizeLive } from "../../../src/plan/diff.js";
import {
  ProviderOperationError,
  type Provider,
  type ResourceOperation,
} from "../../../src/providers/provider.js";
import { parseEnvironment } from "../../../src/spec/parse.js";
import { refTarget, type Attributes, type Value } from "../../../src/spec/model.js";
import { fakeGce } from "./fake-gce.js";
import { API, BASE, gcpProvider, ownedInstance, target } from "./fixtures.js";
import { countReadCalls } from "./read-calls.js";

const TOKEN = "1b4e28ba-2fa1-81d2-a83b-0123456789ab";

function networkOp(): ResourceOperation {
  return {
    target,
    address: "google_compute_network.main",
    type: "google_compute_network",
    attributes: { auto_create_subnetworks: false, routing_mode: "REGIONAL" },
    tags: {},
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

describe("gcp provider", () => {
  let provider: Provider;
  let progress: string[];

  beforeAll(() => nock.disableNetConnect());
  afterAll(() => nock.enableNetConnect());
  afterEach(async () => {
    await provider?.close?.();
    nock.cleanAll();
  });
  const fresh = () => {
    progress = [];
    provider = gcpProvider(progress);
    return provider;
  };

  it("names itself and lists the five types it applies", () => {
    fresh();
    expect(provider.name).toBe("gcp");
    expect(provider.capabilities.applies).toEqual([
      "google_compute_network",
      "google_compute_subnetwork",
      "google_compute_firewall",
      "google_compute_instance",
      "google_compute_disk",
    ]);
  });

  it("inserts with requestId = token and waits for the operation to be DONE", async () => {
    fresh();
    let inserted: Record<string, unknown> = {};
    let requestId: string | null = null;
    let name = "";
    nock(API)
      .post(`${BASE}/global/networks`)
      .query(true)
      .reply(async (req: Request) => {
        requestId = new URL(req.url).searchParams.get("requestId");
        inserted = JSON.parse(await req.text()) as Record<string, unknown>;
        name = String(inserted["name"]);
        return [200, { name: "op-1", status: "RUNNING" }];
      })
      .post(`${BASE}/global/operations/op-1/wait`)
      .reply(200, { name: "op-1", status: "RUNNING" })
      .post(`${BASE}/global/operations/op-1/wait`)
      .reply(200, { name: "op-1", status: "DONE" })
      .get((path) => path.startsWith(`${BASE}/global/networks/`))
      .reply(() => [200, { ...inserted, routingConfig: inserted["routingConfig"] }]);

    const live = await provider.create(networkOp());

    expect(requestId).toBe(TOKEN);
    expect(name).toMatch(/^staging-main-[0-9a-f]{6}$/);
    expect(JSON.parse(String(inserted["description"]))).toEqual({
      "plagentic:environment": "staging",
      "plagentic:repository": "octo/payments",
      "plagentic:address": "google_compute_network.main",
    });
    expect(live).toEqual({
      address: "google_compute_network.main",
      type: "google_compute_network",
      id: `projects/demo/global/networks/${name}`,
      attributes: { auto_create_subnetworks: false, routing_mode: "REGIONAL" },
      tags: {},
    });
    expect(progress.some((l) => l.includes("op-1") && l.includes("running"))).toBe(true);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("a retried create with the same token asks for the same name and requestId", async () => {
    fresh();
    const seen: string[] = [];
    nock(API)
      .post(`${BASE}/global/networks`)
      .query(true)
      .times(2)
      .reply(async (req: Request) => {
        const body = JSON.parse(await req.text()) as { name: string };
        seen.push(`${body.name} ${new URL(req.url).searchParams.get("requestId")}`);
        return [
          200,
          { name: "op-1", status: "DONE", error: { errors: [{ code: "X", message: "stop here" }] } },
        ];
      });
    await failure(provider.create(networkOp()));
    await failure(provider.create(networkOp()));
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBe(seen[1]);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("reports a DONE operation that carries an error as a failure with GCE's code", async () => {
    fresh();
    nock(API)
      .post(`${BASE}/zones/us-central1-b/instances`)
      .query(true)
      .reply(200, { name: "op-9", status: "PENDING" })
      .post(`${BASE}/zones/us-central1-b/operations/op-9/wait`)
      .reply(200, {
        name: "op-9",
        status: "DONE",
        error: {
          errors: [
            { code: "ZONE_RESOURCE_POOL_EXHAUSTED", message: "The zone does not have enough resources" },
          ],
        },
      });
    const err = await failure(
      provider.create({
        target,
        address: "google_compute_instance.web",
        type: "google_compute_instance",
        attributes: { machine_type: "e2-micro", boot_disk: { image: "debian-cloud/debian-12" } },
        tags: { team: "payments" },
        token: TOKEN,
      }),
    );
    expect(err.code).toBe("ZONE_RESOURCE_POOL_EXHAUSTED");
    expect(err.message).toContain("enough resources");
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("retries a 503 explicitly (the client's own retries do not fire over REST)", async () => {
    fresh();
    nock(API)
      .get(`${BASE}/global/networks`)
      .query(true)
      .reply(503, { error: { code: 503, message: "backend unavailable" } })
      .get(`${BASE}/global/networks`)
      .query(true)
      .reply(200, { items: [] })
      .get(`${BASE}/global/firewalls`)
      .query(true)
      .reply(200, { items: [] })
      .get(`${BASE}/aggregated/subnetworks`)
      .query(true)
      .reply(200, { items: {} })
      .get(`${BASE}/aggregated/instances`)
      .query(true)
      .reply(200, { items: {} })
      .get(`${BASE}/aggregated/disks`)
      .query(true)
      .reply(200, { items: {} });
    expect(await provider.readLive(target)).toEqual([]);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("reads everything with five filtered bulk calls and follows pageToken", async () => {
    fresh();
    const queries: Record<string, string>[] = [];
    const q = (req: Request) => {
      queries.push(Object.fromEntries(new URL(req.url).searchParams));
    };
    nock(API)
      .get(`${BASE}/global/networks`)
      .query(true)
      .reply((req: Request) => {
        q(req);
        return [200, { items: [] }];
      })
      .get(`${BASE}/global/firewalls`)
      .query(true)
      .reply((req: Request) => {
        q(req);
        return [200, { items: [] }];
      })
      .get(`${BASE}/aggregated/subnetworks`)
      .query(true)
      .reply((req: Request) => {
        q(req);
        return [200, { items: {} }];
      })
      .get(`${BASE}/aggregated/instances`)
      .query((query) => query["pageToken"] === undefined)
      .reply((req: Request) => {
        q(req);
        const first = ownedInstance("staging-web-0-aaaaaa", "google_compute_instance.web[0]");
        return [200, { items: { "zones/us-central1-b": { instances: [first] } }, nextPageToken: "page-2" }];
      })
      .get(`${BASE}/aggregated/instances`)
      .query((query) => query["pageToken"] === "page-2")
      .reply((req: Request) => {
        q(req);
        const second = ownedInstance("staging-web-1-aaaaaa", "google_compute_instance.web[1]");
        return [200, { items: { "zones/us-central1-b": { instances: [second] } } }];
      })
      .get(`${BASE}/aggregated/disks`)
      .query(true)
      .reply((req: Request) => {
        q(req);
        return [200, { items: {} }];
      });

    const live = await provider.readLive(target);

    expect(live.map((r) => r.address)).toEqual([
      "google_compute_instance.web[0]",
      "google_compute_instance.web[1]",
    ]);
    expect(queries).toHaveLength(6);
    expect(queries.every((x) => x["maxResults"] === "500")).toBe(true);
    // Instances (two pages) and disks, the types with labels, are filtered by the environment label.
    const labelQueries = queries.filter((x) => x["filter"]?.startsWith("labels."));
    expect(labelQueries.map((x) => x["filter"])).toEqual([
      'labels.plagentic-environment = "staging"',
      'labels.plagentic-environment = "staging"',
      'labels.plagentic-environment = "staging"',
    ]);
    expect(queries.filter((x) => x["filter"] === 'name eq "staging-.*"')).toHaveLength(3);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("ignores resources without ownership markers or of another environment", async () => {
    fresh();
    const owned = (env: string, address: string) =>
      JSON.stringify({
        "plagentic:environment": env,
        "plagentic:repository": "octo/payments",
        "plagentic:address": address,
      });
    nock(API)
      .get(`${BASE}/global/networks`)
      .query(true)
      .reply(200, {
        items: [
          { name: "staging-main-aaaaaa", description: owned("staging", "google_compute_network.main") },
          { name: "staging-handmade", description: "made by hand" },
          { name: "staging-nodesc" },
          { name: "staging-eu-main-bbbbbb", description: owned("staging-eu", "google_compute_network.main") },
        ],
      })
      .get(`${BASE}/global/firewalls`)
      .query(true)
      .reply(200, { items: [{ name: "staging-ssh", description: "{not json" }] })
      .get(`${BASE}/aggregated/subnetworks`)
      .query(true)
      .reply(200, { items: {} })
      .get(`${BASE}/aggregated/instances`)
      .query(true)
      .reply(200, {
        items: {
          "zones/us-central1-b": {
            instances: [
              // An ownership label copied onto a hand-made instance, without the metadata: not owned.
              { ...ownedInstance("staging-copy", "google_compute_instance.web"), metadata: { items: [] } },
              ownedInstance("staging-web-aaaaaa", "google_compute_instance.web"),
            ],
          },
        },
      })
      .get(`${BASE}/aggregated/disks`)
      .query(true)
      .reply(200, {
        items: {
          "zones/us-central1-b": {
            disks: [
              // The environment's labels on a disk whose description is no marker: not owned.
              {
                name: "staging-data-aaaaaa",
                description: "made by hand",
                labels: ownedInstance("x", "google_compute_disk.data").labels,
              },
            ],
          },
        },
      });

    const live = await provider.readLive(target);

    expect(live.map((r) => `${r.address} ${r.id}`)).toEqual([
      "google_compute_instance.web projects/demo/zones/us-central1-b/instances/staging-web-aaaaaa",
      "google_compute_network.main projects/demo/global/networks/staging-main-aaaaaa",
    ]);
    const web = live.find((r) => r.type === "google_compute_instance")!;
    expect(web.tags).toEqual({ team: "payments" });
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("deleting a resource that is already gone counts as success", async () => {
    fresh();
    nock(API)
      .get(`${BASE}/global/firewalls/staging-ssh-aaaaaa`)
      .reply(404, { error: { code: 404, message: "The resource was not found" } });
    await provider.delete(target, {
      id: "projects/demo/global/firewalls/staging-ssh-aaaaaa",
      address: "google_compute_firewall.ssh",
      type: "google_compute_firewall",
    });
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("refuses to delete a resource without its ownership markers", async () => {
    fresh();
    nock(API)
      .get(`${BASE}/global/firewalls/handmade`)
      .reply(200, { name: "handmade", description: "someone else's" });
    const err = await failure(
      provider.delete(target, {
        id: "projects/demo/global/firewalls/handmade",
        address: "google_compute_firewall.ssh",
        type: "google_compute_firewall",
      }),
    );
    expect(err.code).toBe("NotOwned");
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("what it creates from a spec reads back so that the spec diffs clean", async () => {
    fresh();
    const gce = fakeGce();
    try {
      const env = parseEnvironment(
        [
          "environment: staging",
          "provider: gcp",
          "region: us-central1",
          "project: demo",
          "tags: { team: payments }",
          "resources:",
          "  - type: google_compute_network",
          "    name: main",
          "    properties: { auto_create_subnetworks: false, description: Payments VPC }",
          "  - type: google_compute_subnetwork",
          "    name: a",
          "    properties: { network: ref(google_compute_network.main), ip_cidr_range: 10.0.1.0/24 }",
          "  - type: google_compute_firewall",
          "    name: https",
          "    properties:",
          "      network: ref(google_compute_network.main)",
          "      source_ranges: [0.0.0.0/0]",
          "      target_tags: [web]",
          "      allow: [{ protocol: tcp, ports: ['443'] }, { protocol: icmp }]",
          "  - type: google_compute_instance",
          "    name: web",
          "    count: 2",
          "    properties:",
          "      machine_type: e2-micro",
          "      boot_disk: { image: debian-cloud/debian-12, size: 20 }",
          "      subnetwork: ref(google_compute_subnetwork.a)",
          "      network_tags: [web]",
        ].join("\n"),
        "environments/staging.yaml",
      );
      const ids = new Map<string, string>();
      for (const r of env.resources) {
        const created = await provider.create({
          target,
          address: r.address,
          type: r.type,
          attributes: resolve(r.attributes, ids),
          tags: r.tags,
          token: `00000000-0000-8000-8000-${String(ids.size).padStart(12, "0")}`,
        });
        ids.set(r.address, created.id);
      }
      const instanceInsert = gce.requests.find((x) => x.path.includes("/instances?"));
      expect(instanceInsert?.path).toContain("requestId=00000000-0000-8000-8000-");

      const live = normalizeLive(await provider.readLive(target));
      expect(live).toHaveLength(5);
      const changes = diffResources(env.resources, live, {
        writeOnly: provider.capabilities.writeOnly ?? {},
      });
      expect(changes).toEqual([]);
      const web = live.find((r) => r.address === "google_compute_instance.web[1]")!;
      expect(web.attributes["subnetwork"]).toBe("ref(google_compute_subnetwork.a)");
      expect(web.tags).toEqual({ team: "payments" });

      // Drift made behind Plagentic's back shows up.
      const stored = gce.stored.get(ids.get("google_compute_instance.web[0]")!)!;
      stored["machineType"] = String(stored["machineType"]).replace("e2-micro", "e2-small");
      const drifted = diffResources(env.resources, normalizeLive(await provider.readLive(target)));
      expect(drifted.map((c) => `${c.action} ${c.address} ${c.changedAttributes.join(",")}`)).toEqual([
        "update google_compute_instance.web[0] machine_type",
      ]);
    } finally {
      gce.done();
    }
  });

  it("counts read calls for the benchmark: one per list, plus one per extra page", async () => {
    expect(await countReadCalls(3)).toBe(5);
    expect(await countReadCalls(1001)).toBe(7);
  });
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
