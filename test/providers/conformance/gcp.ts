/**
 * The GCP provider in the conformance suite, against the in-memory Compute Engine of
 * test/providers/gcp/fake-gce.ts; hooks edit what the fake stores.
 */
import nock from "nock";
import { METADATA_OWNERSHIP, repositoryLabel } from "../../../src/providers/gcp/ownership.js";
import { OWNER_TAG_REPOSITORY, type LiveResource } from "../../../src/providers/provider.js";
import { fakeGce, type FakeGce } from "../gcp/fake-gce.js";
import { gcpProvider } from "../gcp/fixtures.js";
import type { ProviderHarness, SpecResource, TypeCase } from "./harness.js";

type Body = Record<string, unknown>;

/** The body the fake stores for a live resource (its id ends with the stored path's kind and name). */
export function storedOf(gce: FakeGce, r: LiveResource): Body {
  const tail = r.id.split("/").slice(-2).join("/");
  const found = [...gce.stored].filter(([key]) => key.endsWith(`/${tail}`));
  if (found.length !== 1) throw new Error(`the fake holds ${found.length} resources for ${r.id}`);
  return found[0]![1];
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

const cases: TypeCase<FakeGce>[] = [
  {
    type: "google_compute_network",
    properties: NETWORK.properties,
    drift: async (gce, r) => {
      storedOf(gce, r)["routingConfig"] = { routingMode: "GLOBAL" };
      return "routing_mode";
    },
  },
  {
    type: "google_compute_subnetwork",
    needs: [NETWORK],
    properties: SUBNETWORK.properties,
    drift: async (gce, r) => {
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
    drift: async (gce, r) => {
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
    drift: async (gce, r) => {
      const i = storedOf(gce, r);
      i["machineType"] = String(i["machineType"]).replace(/[^/]+$/, "e2-small");
      return "machine_type";
    },
  },
];

export const gcpHarness: ProviderHarness<FakeGce> = {
  name: "gcp",
  spec: { provider: "gcp", region: "us-central1", project: "demo" },
  async start() {
    nock.disableNetConnect();
    nock.enableNetConnect("127.0.0.1");
    const gce = fakeGce();
    const provider = gcpProvider();
    return {
      provider,
      cloud: gce,
      // Instances are owned by labels, the other kinds by the JSON marker in their description.
      disown: async (sample, repository) => {
        // Labels (instances, disks) and the marker must agree, so both name the other repository.
        const body = storedOf(gce, sample);
        if (body["labels"]) {
          (body["labels"] as Record<string, string>)["plagentic-repository"] = repositoryLabel(repository);
        }
        const items = (body["metadata"] as { items?: { key: string; value: string }[] } | undefined)?.items;
        const item = items?.find((i) => i.key === METADATA_OWNERSHIP);
        const disowned = (text: string): string =>
          JSON.stringify({ ...(JSON.parse(text) as object), [OWNER_TAG_REPOSITORY]: repository });
        if (item) item.value = disowned(item.value);
        else body["description"] = disowned(String(body["description"]));
      },
      async stop() {
        await provider.close?.();
        gce.done();
        nock.enableNetConnect();
      },
    };
  },
  cases,
};
