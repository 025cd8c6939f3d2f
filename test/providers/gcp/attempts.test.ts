/**
 * Idempotency tokens across attempts, against a fake GCE that remembers requestIds as GCE does.
 * The same spec against the same live state plans the same hash, so tokens derived from the plan
 * alone repeat: after a destroy, or after an operation that failed, GCE would answer the repeated
 * requestId with the old operation and create nothing, and "plan again" could never help.
 */
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadPriceCatalog } from "../../../src/cost/index.js";
import { applyPlan } from "../../../src/plan/apply.js";
import { createPlan } from "../../../src/plan/engine.js";
import type { Provider } from "../../../src/providers/provider.js";
import { parseEnvironment } from "../../../src/spec/parse.js";
import { fakeGce, type FakeGce } from "./fake-gce.js";
import { gcpProvider, REPOSITORY } from "./fixtures.js";

const SPEC = [
  "environment: staging",
  "provider: gcp",
  "region: us-central1",
  "project: demo",
  "tags: { team: payments }",
  "resources:",
  "  - type: google_compute_network",
  "    name: main",
  "    properties: { auto_create_subnetworks: false }",
].join("\n");

describe("idempotency tokens across attempts on GCP", () => {
  let provider: Provider;
  let gce: FakeGce;
  const catalog = loadPriceCatalog();

  beforeAll(() => nock.disableNetConnect());
  afterAll(() => nock.enableNetConnect());
  afterEach(async () => {
    await provider?.close?.();
    gce?.done();
  });

  const inputs = (destroy = false) => ({
    env: parseEnvironment(SPEC, "environments/staging.yaml"),
    provider,
    catalog,
    policies: {},
    identity: { repository: REPOSITORY, sharedWith: [] },
    destroy,
  });
  const attempt = async (destroy = false) => {
    const { plan } = await createPlan(inputs(destroy));
    const { result } = await applyPlan({ ...inputs(destroy), expectedHash: plan.hash });
    return { plan, result };
  };
  const insertIds = () =>
    gce.requests
      .filter((r) => r.method === "POST" && r.path.includes("/global/networks?"))
      .map((r) => new URL(r.path, "http://x").searchParams.get("requestId"));

  it("creates again after a destroy, although the plan's hash is the same", async () => {
    provider = gcpProvider();
    gce = fakeGce();
    const first = await attempt();
    expect(first.result.ok).toBe(true);
    expect(gce.stored.size).toBe(1);

    expect((await attempt(true)).result.ok).toBe(true);
    expect(gce.stored.size).toBe(0);

    const again = await attempt();
    expect(again.plan.hash).toBe(first.plan.hash);
    expect(again.result.ok, JSON.stringify(again.result.results)).toBe(true);
    expect(gce.stored.size).toBe(1);
    const [one, two] = insertIds();
    expect(two).not.toBe(one);
  });

  it("succeeds on the next attempt after an operation failed, as the advice to plan again says", async () => {
    provider = gcpProvider();
    gce = fakeGce();
    gce.failNextInsert(/\/global\/networks$/, "ZONE_RESOURCE_POOL_EXHAUSTED");
    const failed = await attempt();
    expect(failed.result.ok).toBe(false);
    expect(JSON.stringify(failed.result.results)).toContain("ZONE_RESOURCE_POOL_EXHAUSTED");
    expect(gce.stored.size).toBe(0);

    const retried = await attempt();
    expect(retried.plan.hash).toBe(failed.plan.hash);
    expect(retried.result.ok, JSON.stringify(retried.result.results)).toBe(true);
    expect(gce.stored.size).toBe(1);
  });
});
