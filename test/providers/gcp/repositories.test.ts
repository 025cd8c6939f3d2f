/**
 * Environments of different repositories with the same name on GCE: labels and description
 * markers carry the repository within GCE's limits, reads skip other repositories' resources,
 * deletes refuse them, and an update by a repository the instance is shared with keeps its owner.
 */
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { repositoryLabel } from "../../../src/providers/gcp/ownership.js";
import {
  ProviderOperationError,
  repositoryKey,
  type Provider,
  type ProviderTarget,
  type ResourceOperation,
} from "../../../src/providers/provider.js";
import { fakeGce } from "./fake-gce.js";
import { API, BASE, gcpProvider, ownedInstance, ownershipMarker, target } from "./fixtures.js";

/** As long as GitHub allows: a 39-character owner and a 100-character name, with a dot in it. */
const LONG =
  "a-very-long-organisation-name-".padEnd(39, "x") +
  "/" +
  "and-an-even-longer.repository-name-".padEnd(100, "y");
const SHARED_WITH = "another-long-organisation/".padEnd(126, "z");
const OTHER = "mallory/tools";
const LABEL = /^[a-z0-9_-]{0,63}$/;
const LABEL_KEY = /^[a-z][a-z0-9_-]{0,62}$/;

const as = (repository: string, sharedWith?: string[]): ProviderTarget => ({
  ...target,
  repository,
  ...(sharedWith && { sharedWith }),
});

function ops(t: ProviderTarget, n: number): ResourceOperation[] {
  const token = (k: number) => `00000000-0000-8000-8000-${String(n * 10 + k).padStart(12, "0")}`;
  return [
    {
      target: t,
      address: "google_compute_network.main",
      type: "google_compute_network",
      attributes: { auto_create_subnetworks: false, routing_mode: "REGIONAL" },
      tags: {},
      token: token(1),
    },
    {
      target: t,
      address: "google_compute_instance.web",
      type: "google_compute_instance",
      attributes: { machine_type: "e2-micro", boot_disk: { image: "debian-cloud/debian-12" } },
      // A spec's tags cannot forge ownership labels.
      tags: { team: "payments", "plagentic-repository": repositoryLabel(OTHER) },
      token: token(2),
    },
  ];
}

async function failure(p: Promise<unknown>): Promise<ProviderOperationError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ProviderOperationError);
  return err as ProviderOperationError;
}

describe("GCE environments of different repositories", () => {
  let provider: Provider;
  beforeAll(() => nock.disableNetConnect());
  afterAll(() => nock.enableNetConnect());
  afterEach(async () => {
    await provider?.close?.();
    nock.cleanAll();
  });

  it("labels and markers carry the repository within GCE's limits, and each repository reads only its own", async () => {
    provider = gcpProvider();
    const gce = fakeGce();
    try {
      const long = as(LONG, [SHARED_WITH]);
      const mine = [];
      for (const op of ops(long, 1)) mine.push(await provider.create(op));
      const theirs = [];
      for (const op of ops(as(OTHER), 2)) theirs.push(await provider.create(op));

      const inserts = gce.requests.filter((r) => r.method === "POST" && r.path.includes("/instances?"));
      expect(inserts).toHaveLength(2);
      const body = inserts[0]!.body!;
      const disk = (body["disks"] as { initializeParams: { labels: Record<string, string> } }[])[0]!;
      for (const labels of [body["labels"] as Record<string, string>, disk.initializeParams.labels]) {
        for (const [k, v] of Object.entries(labels)) {
          expect(k).toMatch(LABEL_KEY);
          expect(v).toMatch(LABEL);
        }
        expect(labels["plagentic-repository"]).toBe(repositoryLabel(LONG));
        expect(labels["plagentic-repository"]).toMatch(
          /^a-very-long-organisation-name-x+-and-an-[0-9a-f]{16}$/,
        );
        expect(labels["plagentic-repository"]!.endsWith(`-${repositoryKey(LONG)}`)).toBe(true);
        expect(labels[`plagentic-share-${repositoryKey(SHARED_WITH)}`]).toBe(repositoryLabel(SHARED_WITH));
        expect(labels["team"]).toBe("payments");
      }
      // Where ownership is a description marker, it holds the full names.
      const network = gce.requests.find((r) => r.method === "POST" && r.path.includes("/global/networks?"))!;
      expect(JSON.parse(String(network.body!["description"]))).toEqual({
        "plagentic:environment": "staging",
        "plagentic:repository": LONG,
        [`plagentic:share:${repositoryKey(SHARED_WITH)}`]: SHARED_WITH,
        "plagentic:address": "google_compute_network.main",
      });

      // A resource of the environment that names no repository belongs to nobody.
      gce.stored.set("projects/demo/zones/us-central1-b/instances/staging-legacy", {
        ...ownedInstance("staging-legacy", "google_compute_instance.web"),
        labels: { "plagentic-environment": "staging", "plagentic-address": "google_compute_instance-2eweb" },
      });
      gce.stored.set("projects/demo/global/networks/staging-legacy", {
        name: "staging-legacy",
        description: JSON.stringify({
          "plagentic:environment": "staging",
          "plagentic:address": "google_compute_network.main",
        }),
      });

      const ids = async (t: ProviderTarget) => (await provider.readLive(t)).map((r) => r.id).sort();
      expect(await ids(long)).toEqual(mine.map((r) => r.id).sort());
      expect(await ids(as(OTHER))).toEqual(theirs.map((r) => r.id).sort());
      expect(await ids(as(SHARED_WITH))).toEqual(mine.map((r) => r.id).sort());
      expect(await ids(as("octo/payments"))).toEqual([]);
      for (const r of await provider.readLive(long)) {
        expect(Object.keys(r.tags).some((k) => k.startsWith("plagentic"))).toBe(false);
      }

      // The other repository reaches none of them by id either; no DELETE is ever sent.
      for (const r of mine) {
        const err = await failure(provider.delete(as(OTHER), r));
        expect(err.code).toBe("NotOwned");
      }
      expect(gce.requests.filter((r) => r.method === "DELETE")).toEqual([]);
    } finally {
      gce.done();
    }
  });

  it("an update by a repository the instance is shared with keeps the owner's labels", async () => {
    provider = gcpProvider();
    const name = "staging-web-aaaaaa";
    const path = `${BASE}/zones/us-central1-b/instances/${name}`;
    const ownerLabels = {
      "plagentic-environment": "staging",
      "plagentic-repository": repositoryLabel(OTHER),
      [`plagentic-share-${repositoryKey("octo/payments")}`]: repositoryLabel("octo/payments"),
      "plagentic-address": "google_compute_instance-2eweb",
    };
    const base = ownedInstance(name, "google_compute_instance.web");
    const marker = ownershipMarker("google_compute_instance.web", OTHER, ["octo/payments"]);
    const shared = ownedInstance(name, "google_compute_instance.web", {
      labels: { team: "payments", ...ownerLabels },
      labelFingerprint: "fp",
      tags: { items: ["web"], fingerprint: "tfp" },
      metadata: {
        items: base.metadata.items.map((i) =>
          i.key === "plagentic-ownership" ? { ...i, value: marker } : i,
        ),
      },
    });
    let sent: Record<string, unknown> = {};
    nock(API)
      .get(path)
      .times(2)
      .reply(200, shared)
      .post(`${path}/setLabels`)
      .query(true)
      .reply(async (req: Request) => {
        sent = JSON.parse(await req.text()) as Record<string, unknown>;
        return [200, { name: "op-1", status: "DONE" }];
      });

    await provider.update({
      target: as("octo/payments", ["someone/else"]),
      address: "google_compute_instance.web",
      type: "google_compute_instance",
      id: `projects/demo/zones/us-central1-b/instances/${name}`,
      attributes: {
        machine_type: "e2-micro",
        boot_disk: { image: "debian-cloud/debian-12" },
        subnetwork: "projects/demo/regions/us-central1/subnetworks/staging-a-bbbbbb",
        external_ip: false,
        network_tags: ["web"],
        can_ip_forward: false,
      },
      tags: { team: "checkout" },
      token: "5d0c9a3e-7b21-8f4a-a9c3-0123456789cd",
    });

    expect(sent["labels"]).toEqual({ team: "checkout", ...ownerLabels });
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("an update by the owner writes its current shares into an instance's labels and metadata marker", async () => {
    provider = gcpProvider();
    const name = "staging-web-aaaaaa";
    const path = `${BASE}/zones/us-central1-b/instances/${name}`;
    const shareLabel = `plagentic-share-${repositoryKey(OTHER)}`;
    const base = ownedInstance(name, "google_compute_instance.web");
    const marker = ownershipMarker("google_compute_instance.web", "octo/payments", [OTHER]);
    const current = ownedInstance(name, "google_compute_instance.web", {
      labels: { ...base.labels, [shareLabel]: repositoryLabel(OTHER) },
      labelFingerprint: "fp",
      tags: { items: ["web"], fingerprint: "tfp" },
      metadata: {
        fingerprint: "mfp",
        items: base.metadata.items.map((i) =>
          i.key === "plagentic-ownership" ? { ...i, value: marker } : i,
        ),
      },
    });
    const sent: Record<string, Record<string, unknown>> = {};
    const record = (step: string) => async (req: Request) => {
      sent[step] = JSON.parse(await req.text()) as Record<string, unknown>;
      return [200, { name: `op-${step}`, status: "DONE" }] as const;
    };
    nock(API)
      .get(path)
      .reply(200, current)
      .post(`${path}/setLabels`)
      .query(true)
      .reply(record("labels"))
      .post(`${path}/setMetadata`)
      .query(true)
      .reply(record("metadata"))
      .get(path)
      .times(2)
      .reply(() => [200, { ...current, labels: sent["labels"]!["labels"], metadata: sent["metadata"] }]);
    const id = `projects/demo/zones/us-central1-b/instances/${name}`;

    // The owner no longer shares the environment (no sharedWith) and changes nothing else.
    await provider.update({
      target,
      address: "google_compute_instance.web",
      type: "google_compute_instance",
      id,
      attributes: {
        machine_type: "e2-micro",
        boot_disk: { image: "debian-cloud/debian-12" },
        subnetwork: "projects/demo/regions/us-central1/subnetworks/staging-a-bbbbbb",
        external_ip: false,
        network_tags: ["web"],
        can_ip_forward: false,
      },
      tags: { team: "payments" },
      token: "5d0c9a3e-7b21-8f4a-a9c3-0123456789cd",
    });

    expect(sent["labels"]).toEqual({ labels: base.labels, labelFingerprint: "fp" });
    const items = (sent["metadata"]!["items"] as { key: string; value: string }[]).map((i) => [
      i.key,
      i.value,
    ]);
    expect(Object.fromEntries(items)).toEqual({
      ...Object.fromEntries(base.metadata.items.map((i) => [i.key, i.value])),
      "plagentic-ownership": ownershipMarker("google_compute_instance.web"),
    });
    expect(sent["metadata"]!["fingerprint"]).toBe("mfp");
    // The repository it was shared with can no longer touch it.
    const err = await failure(
      provider.delete(as(OTHER), {
        id,
        address: "google_compute_instance.web",
        type: "google_compute_instance",
      }),
    );
    expect(err.code).toBe("NotOwned");
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("an update of another repository's firewall is refused before any write", async () => {
    provider = gcpProvider();
    const name = "staging-https-aaaaaa";
    nock(API)
      .get(`${BASE}/global/firewalls/${name}`)
      .reply(200, {
        name,
        description: JSON.stringify({
          "plagentic:environment": "staging",
          "plagentic:repository": OTHER,
          "plagentic:address": "google_compute_firewall.https",
        }),
      });
    const err = await failure(
      provider.update({
        target,
        address: "google_compute_firewall.https",
        type: "google_compute_firewall",
        id: `projects/demo/global/firewalls/${name}`,
        attributes: { network: "projects/demo/global/networks/n", allow: [] },
        tags: {},
        token: "t",
      }),
    );
    expect(err.code).toBe("NotOwned");
    expect(nock.pendingMocks()).toEqual([]);
  });
});
