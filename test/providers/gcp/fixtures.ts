/** Shared setup for GCP provider tests: a real Compute client against nock, with fake credentials. */
import { OAuth2Client } from "google-auth-library";
import type { PriceCatalog } from "../../../src/cost/catalog.js";
import { createGcpProvider } from "../../../src/providers/gcp/index.js";
import { COMPUTE_HANDLERS } from "../../../src/providers/gcp/resources/index.js";
import { repositoryLabel } from "../../../src/providers/gcp/ownership.js";
import { repositoryKey, type Provider, type ProviderTarget } from "../../../src/providers/provider.js";
import type { ProviderDeps } from "../../../src/providers/registry.js";

export const API = "https://compute.googleapis.com";
export const BASE = "/compute/v1/projects/demo";
export const REPOSITORY = "octo/payments";
/** How the labels of REPOSITORY's instances name it. */
export const REPOSITORY_LABEL = repositoryLabel(REPOSITORY);
export const target: ProviderTarget = {
  environment: "staging",
  repository: REPOSITORY,
  region: "us-central1",
  project: "demo",
};

export function fakeAuth(): OAuth2Client {
  const auth = new OAuth2Client();
  auth.setCredentials({ access_token: "fake-token", expiry_date: Date.now() + 3_600_000 });
  return auth;
}

export function gcpProvider(progress: string[] = []): Provider {
  const deps: ProviderDeps = {
    store: () => {
      throw new Error("the gcp provider must not open the store");
    },
    catalog: {} as PriceCatalog,
    settings: { default: "gcp" },
    env: {},
    progress: (line) => progress.push(line),
  };
  // The Compute Engine handlers only: the fake serves GCE, and the other services have their
  // own suites (services-plan.test.ts).
  return createGcpProvider(deps, {
    handlers: COMPUTE_HANDLERS,
    authClient: fakeAuth(),
    retry: { maxRetries: 2, initialDelayMs: 1, maxDelayMs: 1 },
    pollIntervalMs: 1,
  });
}

/** The marker an instance keeps in its metadata: its ownership tags in full. */
export function ownershipMarker(address: string, repository = REPOSITORY, shares: string[] = []): string {
  return JSON.stringify({
    "plagentic:environment": "staging",
    "plagentic:repository": repository,
    ...Object.fromEntries(shares.map((s) => [`plagentic:share:${repositoryKey(s)}`, s])),
    "plagentic:address": address,
  });
}

/** What an owned instance looks like in a list answer. */
export function ownedInstance(name: string, address: string, extra: Record<string, unknown> = {}) {
  const labelAddress = address.replace(/[^a-z0-9_]/g, (c) => `-${c.charCodeAt(0).toString(16)}`);
  return {
    name,
    zone: "https://www.googleapis.com/compute/v1/projects/demo/zones/us-central1-b",
    machineType:
      "https://www.googleapis.com/compute/v1/projects/demo/zones/us-central1-b/machineTypes/e2-micro",
    labels: {
      team: "payments",
      "plagentic-environment": "staging",
      "plagentic-repository": REPOSITORY_LABEL,
      "plagentic-address": labelAddress,
    },
    metadata: {
      items: [
        { key: "plagentic-ownership", value: ownershipMarker(address) },
        { key: "plagentic-boot-disk", value: JSON.stringify({ image: "debian-cloud/debian-12" }) },
        { key: "plagentic-omitted", value: JSON.stringify(["boot_disk.size", "boot_disk.type", "network"]) },
      ],
    },
    canIpForward: false,
    tags: { items: ["web"] },
    disks: [{ boot: true, diskSizeGb: "10" }],
    networkInterfaces: [
      {
        network: "https://www.googleapis.com/compute/v1/projects/demo/global/networks/staging-main-aaaaaa",
        subnetwork:
          "https://www.googleapis.com/compute/v1/projects/demo/regions/us-central1/subnetworks/staging-a-bbbbbb",
        accessConfigs: [],
      },
    ],
    ...extra,
  };
}
