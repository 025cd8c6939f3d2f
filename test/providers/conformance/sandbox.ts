/**
 * The sandbox provider in the conformance suite, on a store in a temporary directory. It applies
 * every registered type; the rows are other clouds' samples, edited behind its back in the store.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadPriceCatalog } from "../../../src/cost/index.js";
import { OWNER_TAG_REPOSITORY } from "../../../src/providers/provider.js";
import { createSandboxProvider } from "../../../src/providers/sandbox/sandbox-provider.js";
import type { Value } from "../../../src/spec/model.js";
import { openStore, type Store } from "../../../src/store/store.js";
import { INSTANCE, SECURITY_GROUP, SUBNET, VPC } from "./aws.js";
import { SUBNET as AZURE_SUBNET, VIRTUAL_NETWORK } from "./azure.js";
import { NETWORK, SUBNETWORK } from "./gcp.js";
import type { ProviderHarness, SpecResource, TypeCase } from "./harness.js";

export interface SandboxCloud {
  store: Store;
}

/** Sets one attribute of a stored resource, as someone editing the sandbox's store would. */
function edit(store: Store, id: string, attribute: string, value: Value): void {
  store.db
    .prepare("UPDATE sandbox_resources SET attributes = json_set(attributes, ?, json(?)) WHERE id = ?")
    .run(`$."${attribute}"`, JSON.stringify(value), id);
}

/** A row for `sample`, drifted by setting `attribute` to `value` in the store. */
function row(
  sample: SpecResource,
  needs: SpecResource[],
  attribute: string,
  value: Value,
): TypeCase<SandboxCloud> {
  return {
    type: sample.type,
    needs,
    properties: sample.properties,
    drift: async ({ store }, r) => {
      edit(store, r.id, attribute, value);
      return attribute;
    },
  };
}

export const sandboxHarness: ProviderHarness<SandboxCloud> = {
  name: "sandbox",
  spec: { provider: "sandbox", region: "us-east-1" },
  async start() {
    const dir = mkdtempSync(join(tmpdir(), "plagentic-conformance-"));
    const store = openStore(join(dir, "sandbox.db"));
    const provider = createSandboxProvider({ store, catalog: loadPriceCatalog() });
    return {
      provider,
      cloud: { store },
      disown: async (sample, repository) => {
        store.db
          .prepare("UPDATE sandbox_resources SET tags = json_set(tags, ?, ?) WHERE id = ?")
          .run(`$."${OWNER_TAG_REPOSITORY}"`, repository, sample.id);
      },
      async stop() {
        await provider.close?.();
        store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
  cases: [
    row(VPC, [], "enable_dns_hostnames", false),
    row(SUBNET, [VPC], "cidr_block", "10.0.9.0/24"),
    row(SECURITY_GROUP, [VPC], "ingress", []),
    row(INSTANCE, [VPC, SUBNET, SECURITY_GROUP], "instance_type", "t3.small"),
    row(NETWORK, [], "routing_mode", "GLOBAL"),
    row(SUBNETWORK, [NETWORK], "ip_cidr_range", "10.0.9.0/24"),
    row(VIRTUAL_NETWORK, [], "address_space", ["10.9.0.0/16"]),
    row(AZURE_SUBNET, [VIRTUAL_NETWORK], "address_prefixes", ["10.0.9.0/24"]),
  ],
};
