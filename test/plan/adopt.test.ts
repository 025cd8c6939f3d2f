/**
 * Adoption in the sandbox (no Terraform needed): a resource made outside Plagentic, untagged, is
 * named by `import_id`; the plan shows `adopt`, apply adds the ownership tags and nothing else,
 * and from then on it is managed like any other. Another owner's resource is refused.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadPriceCatalog } from "../../src/cost/index.js";
import { applyPlan } from "../../src/plan/apply.js";
import { createPlan } from "../../src/plan/engine.js";
import {
  OWNER_TAG_ADDRESS,
  OWNER_TAG_ENVIRONMENT,
  OWNER_TAG_REPOSITORY,
  ownershipTags,
  type Provider,
} from "../../src/providers/provider.js";
import { createSandboxProvider } from "../../src/providers/sandbox/sandbox-provider.js";
import { renderPlanMarkdown, renderPlanText } from "../../src/render/index.js";
import { parseEnvironment } from "../../src/spec/parse.js";
import { openStore, type Store } from "../../src/store/store.js";

const catalog = loadPriceCatalog();
const identity = { repository: "octo/payments", sharedWith: [] };

function spec(vpcId: string, subnetId: string, extra = "", cidr = "10.9.1.0/24"): string {
  return `environment: legacy
provider: sandbox
region: us-east-1
resources:
  - type: aws_vpc
    name: main
    import_id: ${vpcId}
    properties: { cidr_block: 10.9.0.0/16${extra} }
    tags: { team: platform }
  - type: aws_subnet
    name: a
    import_id: ${subnetId}
    properties: { vpc: ref(aws_vpc.main), cidr_block: ${cidr} }
`;
}

describe("adopting resources Plagentic did not create (sandbox)", () => {
  let dir: string;
  let store: Store;
  let sandbox: Provider;
  const insert = (id: string, type: string, attributes: object, tags: Record<string, string>): void => {
    store.db
      .prepare(
        "INSERT INTO sandbox_resources (id, type, region, attributes, tags, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, 0)",
      )
      .run(id, type, "us-east-1", JSON.stringify(attributes), JSON.stringify(tags));
  };
  const tagsOf = (id: string): Record<string, string> =>
    JSON.parse(
      (store.db.prepare("SELECT tags FROM sandbox_resources WHERE id = ?").get(id) as { tags: string }).tags,
    ) as Record<string, string>;
  const count = (): number =>
    (store.db.prepare("SELECT count(*) AS n FROM sandbox_resources").get() as { n: number }).n;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "plagentic-adopt-"));
    store = openStore(join(dir, "sandbox.db"));
    sandbox = createSandboxProvider({ store, catalog });
    // As another tool left them: the user's tags, none of Plagentic's.
    insert(
      "vpc-0a1b2c3d4e5f60718",
      "aws_vpc",
      {
        cidr_block: "10.9.0.0/16",
        enable_dns_support: true,
        enable_dns_hostnames: false,
        instance_tenancy: "default",
      },
      { team: "platform" },
    );
    insert(
      "subnet-0a1b2c3d4e5f60718",
      "aws_subnet",
      { vpc: "vpc-0a1b2c3d4e5f60718", cidr_block: "10.9.1.0/24", map_public_ip_on_launch: false },
      {},
    );
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const plan = (text: string) =>
    createPlan({
      env: parseEnvironment(text, "legacy.yaml"),
      provider: sandbox,
      catalog,
      policies: {},
      identity,
    });
  const apply = async (text: string, hash: string) =>
    applyPlan({
      env: parseEnvironment(text, "legacy.yaml"),
      provider: sandbox,
      catalog,
      policies: {},
      identity,
      expectedHash: hash,
    });

  it("plans adopt for each, applies only the ownership tags, then manages them like any other", async () => {
    const text = spec("vpc-0a1b2c3d4e5f60718", "subnet-0a1b2c3d4e5f60718");
    const first = (await plan(text)).plan;
    expect(first.changes.map((c) => [c.address, c.action, c.id, c.changedAttributes])).toEqual([
      ["aws_vpc.main", "adopt", "vpc-0a1b2c3d4e5f60718", []],
      ["aws_subnet.a", "adopt", "subnet-0a1b2c3d4e5f60718", []],
    ]);
    expect(first.summary).toEqual({ add: 0, change: 2, destroy: 0 });
    const shown = renderPlanText(first, { color: false });
    expect(shown).toContain("# aws_vpc.main will be adopted (ownership tags added, nothing else changes)");
    expect(shown).toContain("Plan: 0 to add, 2 to change, 0 to destroy.");
    expect(renderPlanMarkdown(first).join("\n")).toContain("aws_subnet.a will be adopted");

    const { result } = await apply(text, first.hash);
    expect(result.ok).toBe(true);
    expect(result.results.map((r) => [r.address, r.status, r.id])).toEqual([
      ["aws_vpc.main", "adopted", "vpc-0a1b2c3d4e5f60718"],
      ["aws_subnet.a", "adopted", "subnet-0a1b2c3d4e5f60718"],
    ]);
    expect(count()).toBe(2);
    expect(tagsOf("vpc-0a1b2c3d4e5f60718")).toEqual({
      team: "platform",
      ...ownershipTags(
        { environment: "legacy", repository: "octo/payments", region: "us-east-1" },
        "aws_vpc.main",
      ),
    });

    // Owned now: import_id is ignored, nothing to do.
    expect((await plan(text)).plan.changes).toEqual([]);
    // And an edit is an ordinary update of the same resource.
    const edited = spec("vpc-0a1b2c3d4e5f60718", "subnet-0a1b2c3d4e5f60718", ", enable_dns_hostnames: true");
    const update = (await plan(edited)).plan;
    expect(update.changes.map((c) => [c.address, c.action, c.id])).toEqual([
      ["aws_vpc.main", "update", "vpc-0a1b2c3d4e5f60718"],
    ]);
  });

  it("adopts and then updates in place what differs, in the same apply", async () => {
    const text = spec("vpc-0a1b2c3d4e5f60718", "subnet-0a1b2c3d4e5f60718", ", enable_dns_hostnames: true");
    const first = (await plan(text)).plan;
    const vpc = first.changes.find((c) => c.address === "aws_vpc.main")!;
    expect([vpc.action, vpc.changedAttributes]).toEqual(["adopt", ["enable_dns_hostnames"]]);
    expect(renderPlanText(first, { color: false })).toContain(
      "aws_vpc.main will be adopted (ownership tags added, then updated in-place)",
    );
    await apply(text, first.hash);
    expect((await plan(text)).plan.changes).toEqual([]);
  });

  it("refuses an adoption that would replace the resource", async () => {
    const text = spec("vpc-0a1b2c3d4e5f60718", "subnet-0a1b2c3d4e5f60718", "", "10.9.7.0/24");
    await expect(plan(text)).rejects.toThrow(
      /aws_subnet\.a: adopting subnet-0a1b2c3d4e5f60718 would replace it \(cidr_block/,
    );
  });

  it("refuses a resource another environment or repository owns, and leaves it alone", async () => {
    const foreign = {
      [OWNER_TAG_ENVIRONMENT]: "prod",
      [OWNER_TAG_REPOSITORY]: "mallory/tools",
      [OWNER_TAG_ADDRESS]: "aws_vpc.x",
    };
    insert("vpc-0f0f0f0f0f0f0f0f0", "aws_vpc", { cidr_block: "10.9.0.0/16" }, foreign);
    await expect(plan(spec("vpc-0f0f0f0f0f0f0f0f0", "subnet-0a1b2c3d4e5f60718"))).rejects.toThrow(
      "aws_vpc.main: vpc-0f0f0f0f0f0f0f0f0 belongs to environment prod of mallory/tools; Plagentic never takes over another owner's resource",
    );
    expect(tagsOf("vpc-0f0f0f0f0f0f0f0f0")).toEqual(foreign);
    // Even if asked directly, the provider re-checks before tagging.
    await expect(
      sandbox.adopt!(
        { environment: "legacy", repository: "octo/payments", region: "us-east-1" },
        { id: "vpc-0f0f0f0f0f0f0f0f0", address: "aws_vpc.main", type: "aws_vpc" },
      ),
    ).rejects.toThrow(/belongs to environment prod of mallory\/tools/);
  });

  it("names the address and the id of a resource that does not exist", async () => {
    await expect(plan(spec("vpc-0000000000000000a", "subnet-0a1b2c3d4e5f60718"))).rejects.toThrow(
      "aws_vpc.main: import_id vpc-0000000000000000a names no aws_vpc in us-east-1",
    );
  });

  it("says so when the provider cannot adopt", async () => {
    const { readById: _r, adopt: _a, ...withoutAdoption } = sandbox;
    const env = parseEnvironment(spec("vpc-0a1b2c3d4e5f60718", "subnet-0a1b2c3d4e5f60718"), "legacy.yaml");
    await expect(
      createPlan({ env, provider: withoutAdoption, catalog, policies: {}, identity }),
    ).rejects.toThrow("the sandbox provider cannot adopt existing resources yet (aws_vpc, aws_subnet)");
  });

  it("checks import_id against count in the spec", () => {
    const counted = (ids: string) => `environment: e
provider: sandbox
region: us-east-1
resources:
  - type: aws_vpc
    name: main
    count: 2
    import_id: ${ids}
    properties: { cidr_block: 10.0.0.0/16 }
`;
    expect(() => parseEnvironment(counted("[vpc-1]"), "e.yaml")).toThrow(
      "e.yaml:8:16: resources[0].import_id: with count 2, import_id lists 2 ids",
    );
    const env = parseEnvironment(counted("[vpc-1, vpc-2]"), "e.yaml");
    expect(env.resources.map((r) => [r.address, r.importId])).toEqual([
      ["aws_vpc.main[0]", "vpc-1"],
      ["aws_vpc.main[1]", "vpc-2"],
    ]);
  });
});
