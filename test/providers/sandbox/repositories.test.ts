/**
 * One sandbox store serves several repositories (the App shares it), so environments are told
 * apart by repository as well as by name. These reproduce the adversarial review's attack: writers
 * of another repository applying an empty `staging` spec must not delete this repository's
 * `staging`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadPriceCatalog } from "../../../src/cost/index.js";
import { applyPlan } from "../../../src/plan/apply.js";
import { createPlan } from "../../../src/plan/engine.js";
import {
  OWNER_TAG_ADDRESS,
  OWNER_TAG_ENVIRONMENT,
  OWNER_TAG_REPOSITORY,
  OWNER_TAG_SHARE_PREFIX,
  ProviderOperationError,
  repositoryKey,
  targetOf,
  type EnvironmentIdentity,
  type Provider,
} from "../../../src/providers/provider.js";
import { createSandboxProvider } from "../../../src/providers/sandbox/sandbox-provider.js";
import { parseEnvironment } from "../../../src/spec/parse.js";
import { openStore, type Store } from "../../../src/store/store.js";

const A = "octo/payments";
const B = "mallory/tools";
const ownerA: EnvironmentIdentity = { repository: A, sharedWith: [] };
const ownerB: EnvironmentIdentity = { repository: B, sharedWith: [] };

const NETWORK = `
environment: staging
provider: sandbox
region: us-east-1
tags: { team: payments }
resources:
  - type: aws_vpc
    name: main
    properties: { cidr_block: 10.0.0.0/16 }
  - type: aws_subnet
    name: a
    properties: { vpc: ref(aws_vpc.main), cidr_block: 10.0.1.0/24 }
`;
const EMPTY = `
environment: staging
provider: sandbox
region: us-east-1
resources: []
`;

const spec = (text: string) => parseEnvironment(text, "environments/staging.yaml");
const catalog = loadPriceCatalog();

async function failure(p: Promise<unknown>): Promise<ProviderOperationError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ProviderOperationError);
  return err as ProviderOperationError;
}

describe("sandbox environments of different repositories", () => {
  let dir: string;
  let store: Store;
  let cloud: Provider;

  const inputs = (text: string, identity: EnvironmentIdentity, destroy = false) => ({
    env: spec(text),
    provider: cloud,
    catalog,
    policies: {},
    identity,
    destroy,
  });
  async function apply(text: string, identity: EnvironmentIdentity, destroy = false) {
    const { plan } = await createPlan(inputs(text, identity, destroy));
    const { result } = await applyPlan({ ...inputs(text, identity, destroy), expectedHash: plan.hash });
    expect(result.ok).toBe(true);
    return { plan, result };
  }
  const live = (identity: EnvironmentIdentity) => cloud.readLive(targetOf(spec(EMPTY).spec, identity));
  const storedTags = (id: string) =>
    JSON.parse(
      (store.db.prepare("SELECT tags FROM sandbox_resources WHERE id = ?").get(id) as { tags: string }).tags,
    ) as Record<string, string>;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "plagentic-repos-"));
    store = openStore(join(dir, "state.db"));
    cloud = createSandboxProvider({ store, catalog });
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("another repository's empty staging spec plans nothing of ours and its apply deletes nothing", async () => {
    await apply(NETWORK, ownerA);
    const ours = await live(ownerA);
    expect(ours.map((r) => r.address)).toEqual(["aws_subnet.a", "aws_vpc.main"]);

    const theirs = await createPlan(inputs(EMPTY, ownerB));
    expect(theirs.plan.changes).toEqual([]);
    expect(theirs.plan.repository).toBe(B);
    const destroy = await createPlan(inputs(EMPTY, ownerB, true));
    expect(destroy.plan.changes).toEqual([]);
    const { result } = await apply(EMPTY, ownerB);
    expect(result.results).toEqual([]);

    // Nor can it reach them one by one, by id.
    const target = targetOf(spec(EMPTY).spec, ownerB);
    for (const r of ours) {
      expect((await failure(cloud.delete(target, r))).code).toBe("NotOwned");
      const update = { target, address: r.address, type: r.type, attributes: r.attributes, tags: {} };
      expect((await failure(cloud.update({ ...update, id: r.id, token: "t" }))).code).toBe("NotOwned");
    }
    expect(await live(ownerA)).toEqual(ours);
    expect((await createPlan(inputs(NETWORK, ownerA))).plan.changes).toEqual([]);
  });

  it("both repositories keep a staging of their own, each carrying its repository", async () => {
    await apply(NETWORK, ownerA);
    await apply(NETWORK, ownerB);
    const a = await live(ownerA);
    const b = await live(ownerB);
    expect(b.map((r) => r.address)).toEqual(a.map((r) => r.address));
    expect(b.some((r) => a.some((x) => x.id === r.id))).toBe(false);
    for (const r of a) expect(storedTags(r.id)[OWNER_TAG_REPOSITORY]).toBe(A);
    for (const r of b) expect(storedTags(r.id)[OWNER_TAG_REPOSITORY]).toBe(B);

    await apply(NETWORK, ownerB, true);
    expect(await live(ownerB)).toEqual([]);
    expect(await live(ownerA)).toEqual(a);
  });

  it("a resource with the environment tag but no repository tag is invisible and never touched", async () => {
    store.db
      .prepare(
        `INSERT INTO sandbox_resources (id, type, region, attributes, tags, created_at, updated_at)
         VALUES ('vpc-0legacy000000000', 'aws_vpc', 'us-east-1', '{"cidr_block":"10.0.0.0/16"}', ?, 0, 0)`,
      )
      .run(JSON.stringify({ [OWNER_TAG_ENVIRONMENT]: "staging", [OWNER_TAG_ADDRESS]: "aws_vpc.main" }));
    expect(await live(ownerA)).toEqual([]);
    expect((await createPlan(inputs(EMPTY, ownerA, true))).plan.changes).toEqual([]);
    const target = targetOf(spec(EMPTY).spec, ownerA);
    const legacy = { id: "vpc-0legacy000000000", address: "aws_vpc.main", type: "aws_vpc" };
    expect((await failure(cloud.delete(target, legacy))).code).toBe("NotOwned");
    const update = { ...legacy, target, attributes: { cidr_block: "10.0.0.0/16" }, tags: {}, token: "t" };
    expect((await failure(cloud.update(update))).code).toBe("NotOwned");
    expect(storedTags(legacy.id)).toEqual({
      [OWNER_TAG_ENVIRONMENT]: "staging",
      [OWNER_TAG_ADDRESS]: "aws_vpc.main",
    });
  });

  it("a shared environment is visible to and changeable by the repository it is shared with, and stays the owner's", async () => {
    const sharing: EnvironmentIdentity = { repository: A, sharedWith: [B] };
    await apply(NETWORK, sharing);
    const shareTag = OWNER_TAG_SHARE_PREFIX + repositoryKey(B);
    const ours = await live(sharing);
    for (const r of ours)
      expect(storedTags(r.id)).toMatchObject({ [OWNER_TAG_REPOSITORY]: A, [shareTag]: B });

    // B's own config shares nothing, yet it sees A's staging and may change it.
    expect((await live(ownerB)).map((r) => r.id)).toEqual(ours.map((r) => r.id));
    const edited = NETWORK.replace("team: payments", "team: platform");
    const change = await apply(edited, ownerB);
    expect(change.plan.changes.map((c) => `${c.action} ${c.address}`)).toEqual([
      "update aws_vpc.main",
      "update aws_subnet.a",
    ]);
    for (const r of ours) {
      expect(storedTags(r.id)).toEqual({
        team: "platform",
        [OWNER_TAG_ENVIRONMENT]: "staging",
        [OWNER_TAG_REPOSITORY]: A,
        [shareTag]: B,
        [OWNER_TAG_ADDRESS]: r.address,
      });
    }
    expect((await live(sharing)).map((r) => r.tags)).toEqual([{ team: "platform" }, { team: "platform" }]);

    // The owner stops sharing: its next apply rewrites the share tags, and B loses sight of staging.
    await apply(NETWORK, ownerA);
    for (const r of ours) expect(storedTags(r.id)[shareTag]).toBeUndefined();
    expect(await live(ownerB)).toEqual([]);
    expect((await live(ownerA)).map((r) => r.id)).toEqual(ours.map((r) => r.id));
  });

  it("a spec's tags can neither claim another repository nor share a resource", async () => {
    const forged = NETWORK.replace(
      "tags: { team: payments }",
      `tags: { team: payments, "${OWNER_TAG_REPOSITORY}": ${A}, "${OWNER_TAG_SHARE_PREFIX}${repositoryKey(B)}": ${B} }`,
    );
    await apply(forged, { repository: "octo/other", sharedWith: [] });
    const made = await live({ repository: "octo/other", sharedWith: [] });
    expect(made).toHaveLength(2);
    for (const r of made) {
      expect(storedTags(r.id)[OWNER_TAG_REPOSITORY]).toBe("octo/other");
      expect(r.tags).toEqual({ team: "payments" });
    }
    expect(await live(ownerA)).toEqual([]);
    expect(await live(ownerB)).toEqual([]);
  });
});
