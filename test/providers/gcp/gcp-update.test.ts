import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { stepRequestId } from "../../../src/providers/gcp/gcp-provider.js";
import {
  ProviderOperationError,
  type Provider,
  type ResourceOperation,
} from "../../../src/providers/provider.js";
import { API, BASE, gcpProvider, ownedInstance, REPOSITORY_LABEL, target } from "./fixtures.js";

const TOKEN = "5d0c9a3e-7b21-8f4a-a9c3-0123456789cd";
const INSTANCE_NAME = "staging-web-aaaaaa";
const INSTANCE = `${BASE}/zones/us-central1-b/instances/${INSTANCE_NAME}`;
const ZONE_OPS = `${BASE}/zones/us-central1-b/operations`;
const FIREWALL_NAME = "staging-https-aaaaaa";
const FIREWALL = `${BASE}/global/firewalls/${FIREWALL_NAME}`;
const GCE_URL = "https://www.googleapis.com/compute/v1/projects/demo";

interface Call {
  method: string;
  path: string;
  query: Record<string, string>;
  body?: Record<string, unknown>;
}

/** Every request nock answers, in the order the provider sent them. */
function recorder() {
  const calls: Call[] = [];
  const record = async (req: Request): Promise<Call> => {
    const url = new URL(req.url);
    const text = await req.text();
    const call: Call = {
      method: req.method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      ...(text && { body: JSON.parse(text) as Record<string, unknown> }),
    };
    calls.push(call);
    return call;
  };
  /** `METHOD last-path-segment(s)` for order assertions. */
  const trail = () => calls.map((c) => `${c.method} ${c.path.replace(`${BASE}/`, "")}`);
  return { calls, record, trail };
}

/** Attributes that match `ownedInstance` exactly, with the parser's defaults filled in. */
function instanceOp(
  attributes: Record<string, unknown> = {},
  tags: Record<string, string> = { team: "payments" },
) {
  return {
    target,
    address: "google_compute_instance.web",
    type: "google_compute_instance",
    id: `projects/demo/zones/us-central1-b/instances/${INSTANCE_NAME}`,
    attributes: {
      machine_type: "e2-micro",
      boot_disk: { image: "debian-cloud/debian-12" },
      subnetwork: "projects/demo/regions/us-central1/subnetworks/staging-a-bbbbbb",
      external_ip: false,
      network_tags: ["web"],
      can_ip_forward: false,
      ...attributes,
    },
    tags,
    token: TOKEN,
  } as ResourceOperation & { id: string };
}

function liveInstance(extra: Record<string, unknown> = {}) {
  return ownedInstance(INSTANCE_NAME, "google_compute_instance.web", {
    labelFingerprint: "label-fp-1",
    tags: { items: ["web"], fingerprint: "tags-fp-1" },
    ...extra,
  });
}

function machineTypeUrl(type: string): string {
  return `${GCE_URL}/zones/us-central1-b/machineTypes/${type}`;
}

async function failure(p: Promise<unknown>): Promise<ProviderOperationError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ProviderOperationError);
  return err as ProviderOperationError;
}

describe("gcp provider update", () => {
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

  it("changes labels with setLabels, carrying the new labels, the ownership labels and the fingerprint", async () => {
    fresh();
    const { calls, record, trail } = recorder();
    const relabelled = liveInstance({
      labels: {
        team: "checkout",
        tier: "frontend",
        "plagentic-environment": "staging",
        "plagentic-repository": REPOSITORY_LABEL,
        "plagentic-address": "google_compute_instance-2eweb",
      },
    });
    nock(API)
      .get(INSTANCE)
      .reply(async (req: Request) => {
        await record(req);
        return [200, liveInstance()];
      })
      .post(`${INSTANCE}/setLabels`)
      .query(true)
      .reply(async (req: Request) => {
        await record(req);
        return [200, { name: "op-labels", status: "RUNNING" }];
      })
      .post(`${ZONE_OPS}/op-labels/wait`)
      .reply(async (req: Request) => {
        await record(req);
        return [200, { name: "op-labels", status: "DONE" }];
      })
      .get(INSTANCE)
      .reply(async (req: Request) => {
        await record(req);
        return [200, relabelled];
      });

    const live = await provider.update(instanceOp({}, { team: "checkout", tier: "frontend" }));

    const setLabels = calls.find((c) => c.path.endsWith("/setLabels"))!;
    expect(setLabels.body).toEqual({
      labels: {
        team: "checkout",
        tier: "frontend",
        "plagentic-environment": "staging",
        "plagentic-repository": REPOSITORY_LABEL,
        "plagentic-address": "google_compute_instance-2eweb",
      },
      labelFingerprint: "label-fp-1",
    });
    expect(setLabels.query["requestId"]).toBe(stepRequestId(TOKEN, "labels"));
    // Nothing but the labels changed: no setTags, no stop/start.
    expect(trail()).toEqual([
      `GET zones/us-central1-b/instances/${INSTANCE_NAME}`,
      `POST zones/us-central1-b/instances/${INSTANCE_NAME}/setLabels`,
      "POST zones/us-central1-b/operations/op-labels/wait",
      `GET zones/us-central1-b/instances/${INSTANCE_NAME}`,
    ]);
    expect(live.tags).toEqual({ team: "checkout", tier: "frontend" });
    expect(live.id).toBe(`projects/demo/zones/us-central1-b/instances/${INSTANCE_NAME}`);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("changes the machine type by stop, setMachineType, start, waiting for each operation to be DONE", async () => {
    fresh();
    const { calls, record, trail } = recorder();
    const op = (name: string, status: string) => [200, { name, status }] as const;
    nock(API)
      .get(INSTANCE)
      .reply(async (req: Request) => {
        await record(req);
        return [200, liveInstance()];
      })
      .post(`${INSTANCE}/stop`)
      .query(true)
      .reply(async (req: Request) => {
        await record(req);
        return op("op-stop", "RUNNING");
      })
      // Stopping takes more than one wait: start must not be issued before it is DONE.
      .post(`${ZONE_OPS}/op-stop/wait`)
      .reply(async (req: Request) => {
        await record(req);
        return op("op-stop", "RUNNING");
      })
      .post(`${ZONE_OPS}/op-stop/wait`)
      .reply(async (req: Request) => {
        await record(req);
        return op("op-stop", "DONE");
      })
      .post(`${INSTANCE}/setMachineType`)
      .query(true)
      .reply(async (req: Request) => {
        await record(req);
        return op("op-type", "PENDING");
      })
      .post(`${ZONE_OPS}/op-type/wait`)
      .reply(async (req: Request) => {
        await record(req);
        return op("op-type", "DONE");
      })
      .post(`${INSTANCE}/start`)
      .query(true)
      .reply(async (req: Request) => {
        await record(req);
        return op("op-start", "RUNNING");
      })
      .post(`${ZONE_OPS}/op-start/wait`)
      .reply(async (req: Request) => {
        await record(req);
        return op("op-start", "DONE");
      })
      .get(INSTANCE)
      .reply(async (req: Request) => {
        await record(req);
        return [200, liveInstance({ machineType: machineTypeUrl("e2-standard-2") })];
      });

    const live = await provider.update(instanceOp({ machine_type: "e2-standard-2" }));

    expect(trail()).toEqual([
      `GET zones/us-central1-b/instances/${INSTANCE_NAME}`,
      `POST zones/us-central1-b/instances/${INSTANCE_NAME}/stop`,
      "POST zones/us-central1-b/operations/op-stop/wait",
      "POST zones/us-central1-b/operations/op-stop/wait",
      `POST zones/us-central1-b/instances/${INSTANCE_NAME}/setMachineType`,
      "POST zones/us-central1-b/operations/op-type/wait",
      `POST zones/us-central1-b/instances/${INSTANCE_NAME}/start`,
      "POST zones/us-central1-b/operations/op-start/wait",
      `GET zones/us-central1-b/instances/${INSTANCE_NAME}`,
    ]);
    const setType = calls.find((c) => c.path.endsWith("/setMachineType"))!;
    expect(setType.body).toEqual({ machineType: "zones/us-central1-b/machineTypes/e2-standard-2" });
    // Each step has its own requestId, derived from the token so a retried apply repeats it.
    const ids = ["stop", "setMachineType", "start"].map(
      (s) => calls.find((c) => c.path.endsWith(`/${s}`))!.query["requestId"],
    );
    expect(ids).toEqual([
      stepRequestId(TOKEN, "stop"),
      stepRequestId(TOKEN, "machine-type"),
      stepRequestId(TOKEN, "start"),
    ]);
    expect(new Set(ids).size).toBe(3);
    expect(live.attributes["machine_type"]).toBe("e2-standard-2");
    expect(progress.some((l) => l.includes("stopping") && l.includes("e2-standard-2"))).toBe(true);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("stops short when the stop operation ends with an error, without changing type or starting", async () => {
    fresh();
    const { record, trail } = recorder();
    nock(API)
      .get(INSTANCE)
      .reply(async (req: Request) => {
        await record(req);
        return [200, liveInstance()];
      })
      .post(`${INSTANCE}/stop`)
      .query(true)
      .reply(async (req: Request) => {
        await record(req);
        return [200, { name: "op-stop", status: "RUNNING" }];
      })
      .post(`${ZONE_OPS}/op-stop/wait`)
      .reply(async (req: Request) => {
        await record(req);
        return [
          200,
          {
            name: "op-stop",
            status: "DONE",
            error: { errors: [{ code: "RESOURCE_NOT_READY", message: "The instance is being modified" }] },
          },
        ];
      });

    const err = await failure(provider.update(instanceOp({ machine_type: "e2-standard-2" })));

    expect(err.code).toBe("RESOURCE_NOT_READY");
    expect(err.message).toContain("being modified");
    expect(trail()).toEqual([
      `GET zones/us-central1-b/instances/${INSTANCE_NAME}`,
      `POST zones/us-central1-b/instances/${INSTANCE_NAME}/stop`,
      "POST zones/us-central1-b/operations/op-stop/wait",
    ]);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("updates a firewall with one patch that keeps its ownership marker, and waits for it", async () => {
    fresh();
    const { calls, record, trail } = recorder();
    const marker = {
      "plagentic:environment": "staging",
      "plagentic:repository": "octo/payments",
      "plagentic:address": "google_compute_firewall.https",
      "plagentic:omitted": ["destination_ranges", "source_tags"],
    };
    const current = {
      name: FIREWALL_NAME,
      description: JSON.stringify(marker),
      network: `${GCE_URL}/global/networks/staging-main-aaaaaa`,
      direction: "INGRESS",
      priority: 1000,
      sourceRanges: ["0.0.0.0/0"],
      targetTags: ["web"],
      allowed: [{ IPProtocol: "tcp", ports: ["443"] }],
      disabled: false,
    };
    let patched: Record<string, unknown> = {};
    nock(API)
      .get(FIREWALL)
      .reply(async (req: Request) => {
        await record(req);
        return [200, current];
      })
      .patch(FIREWALL)
      .query(true)
      .reply(async (req: Request) => {
        patched = (await record(req)).body ?? {};
        return [200, { name: "op-fw", status: "RUNNING" }];
      })
      .post(`${BASE}/global/operations/op-fw/wait`)
      .reply(async (req: Request) => {
        await record(req);
        return [200, { name: "op-fw", status: "DONE" }];
      })
      .get(FIREWALL)
      .reply(async (req: Request) => {
        await record(req);
        return [200, { ...current, ...patched }];
      });

    const live = await provider.update({
      target,
      address: "google_compute_firewall.https",
      type: "google_compute_firewall",
      id: `projects/demo/global/firewalls/${FIREWALL_NAME}`,
      attributes: {
        network: "projects/demo/global/networks/staging-main-aaaaaa",
        direction: "INGRESS",
        priority: 900,
        source_ranges: ["10.0.0.0/8"],
        target_tags: ["web"],
        allow: [{ protocol: "tcp", ports: ["443", "8443"] }],
        deny: [],
        disabled: false,
      },
      tags: {},
      token: TOKEN,
    });

    expect(trail()).toEqual([
      `GET global/firewalls/${FIREWALL_NAME}`,
      `PATCH global/firewalls/${FIREWALL_NAME}`,
      "POST global/operations/op-fw/wait",
      `GET global/firewalls/${FIREWALL_NAME}`,
    ]);
    const patch = calls[1]!;
    expect(patch.query["requestId"]).toBe(stepRequestId(TOKEN, "patch"));
    expect(patch.body).toMatchObject({
      name: FIREWALL_NAME,
      priority: 900,
      sourceRanges: ["10.0.0.0/8"],
      targetTags: ["web"],
      allowed: [{ IPProtocol: "tcp", ports: ["443", "8443"] }],
    });
    // The description is the ownership marker: a patch that lost it would orphan the rule.
    expect(JSON.parse(String(patch.body!["description"]))).toEqual(marker);
    expect(live.address).toBe("google_compute_firewall.https");
    expect(live.attributes).toMatchObject({
      priority: 900,
      source_ranges: ["10.0.0.0/8"],
      allow: [{ protocol: "tcp", ports: ["443", "8443"] }],
    });
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("refuses to update an instance without ownership markers, or owned by another address, and writes nothing", async () => {
    fresh();
    const { record, trail } = recorder();
    const handmade = {
      ...liveInstance(),
      // Ownership labels copied by hand, without the metadata that must agree with them.
      metadata: { items: [] },
    };
    const otherAddress = ownedInstance(INSTANCE_NAME, "google_compute_instance.api");
    nock(API)
      .get(INSTANCE)
      .reply(async (req: Request) => {
        await record(req);
        return [200, handmade];
      })
      .get(INSTANCE)
      .reply(async (req: Request) => {
        await record(req);
        return [200, otherAddress];
      });

    for (let i = 0; i < 2; i++) {
      const err = await failure(provider.update(instanceOp({}, { team: "checkout" })));
      expect(err.code).toBe("NotOwned");
      expect(err.message).toBe(
        `projects/demo/zones/us-central1-b/instances/${INSTANCE_NAME} does not carry the ownership tags of ` +
          "google_compute_instance.web in staging of octo/payments; Plagentic leaves it alone",
      );
    }
    expect(trail()).toEqual([
      `GET zones/us-central1-b/instances/${INSTANCE_NAME}`,
      `GET zones/us-central1-b/instances/${INSTANCE_NAME}`,
    ]);
    expect(nock.pendingMocks()).toEqual([]);
  });
});
