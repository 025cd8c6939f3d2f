/**
 * `google_compute_disk` against the fake GCE (fake-gce-disks.ts, from the public Compute REST
 * reference): the insert carries the token as requestId, the ownership labels and the marker;
 * retries find the first attempt; what a plan applies reads back with no diff; drift shows and
 * is fixed in place; a disk Plagentic does not own is never written to.
 */
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadPriceCatalog } from "../../../src/cost/index.js";
import { applyPlan } from "../../../src/plan/apply.js";
import { createPlan } from "../../../src/plan/engine.js";
import { stepRequestId } from "../../../src/providers/gcp/gcp-provider.js";
import { repositoryLabel } from "../../../src/providers/gcp/ownership.js";
import {
  ProviderOperationError,
  repositoryKey,
  type Provider,
  type ProviderTarget,
  type ResourceOperation,
} from "../../../src/providers/provider.js";
import { parseEnvironment } from "../../../src/spec/parse.js";
import { fakeGce, type FakeGce } from "./fake-gce.js";
import { gcpProvider, REPOSITORY, REPOSITORY_LABEL, target } from "./fixtures.js";

const TOKEN = "3f2a8c1e-5b7d-8e90-a1b2-0123456789ef";
const ZONE = "projects/demo/zones/us-central1-b";
const SHARED = "octo/reporting";

const SPEC = [
  "environment: staging",
  "provider: gcp",
  "region: us-central1",
  "project: demo",
  "tags: { team: payments }",
  "resources:",
  "  - type: google_compute_disk",
  "    name: data",
  "    properties: { size: 20, type: pd-ssd, image: debian-cloud/debian-12 }",
  "  - type: google_compute_disk",
  "    name: scratch",
  "    properties: { type: pd-balanced }",
].join("\n");

function diskOp(overrides: Partial<ResourceOperation> = {}): ResourceOperation {
  return {
    target,
    address: "google_compute_disk.data",
    type: "google_compute_disk",
    attributes: { size: 20, type: "pd-ssd", image: "debian-cloud/debian-12" },
    tags: { team: "payments" },
    token: TOKEN,
    ...overrides,
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

describe("google_compute_disk", () => {
  let provider: Provider;
  let gce: FakeGce;
  const catalog = loadPriceCatalog();

  beforeAll(() => nock.disableNetConnect());
  afterAll(() => nock.enableNetConnect());
  afterEach(async () => {
    await provider?.close?.();
    gce?.done();
  });
  const fresh = () => {
    provider = gcpProvider();
    gce = fakeGce();
  };
  const writes = () => gce.requests.filter((r) => r.method !== "GET");
  const inserts = () => gce.requests.filter((r) => r.method === "POST" && /\/disks\?/.test(r.path));

  it("inserts with requestId = token, the ownership labels and the marker, in the create call itself", async () => {
    fresh();
    const live = await provider.create(diskOp({ target: { ...target, sharedWith: [SHARED] } }));

    expect(inserts()).toHaveLength(1);
    const insert = inserts()[0]!;
    expect(insert.path).toMatch(/^\/compute\/v1\/projects\/demo\/zones\/us-central1-b\/disks\?/);
    expect(new URL(insert.path, "http://x").searchParams.get("requestId")).toBe(TOKEN);
    const body = insert.body!;
    expect(body["name"]).toMatch(/^staging-data-[0-9a-f]{6}$/);
    expect(body["sizeGb"]).toBe("20");
    expect(body["type"]).toBe("zones/us-central1-b/diskTypes/pd-ssd");
    expect(body["sourceImage"]).toBe("projects/debian-cloud/global/images/family/debian-12");
    expect(body["labels"]).toEqual({
      team: "payments",
      "plagentic-environment": "staging",
      "plagentic-repository": REPOSITORY_LABEL,
      [`plagentic-share-${repositoryKey(SHARED)}`]: repositoryLabel(SHARED),
      "plagentic-address": "google_compute_disk-2edata",
    });
    // The marker holds the ownership tags in full, and the image as the spec named it.
    expect(JSON.parse(String(body["description"]))).toEqual({
      "plagentic:environment": "staging",
      "plagentic:repository": REPOSITORY,
      [`plagentic:share:${repositoryKey(SHARED)}`]: SHARED,
      "plagentic:address": "google_compute_disk.data",
      "plagentic:omitted": ["zone"],
      "plagentic:image": "debian-cloud/debian-12",
    });
    expect(live).toEqual({
      address: "google_compute_disk.data",
      type: "google_compute_disk",
      id: `${ZONE}/disks/${String(body["name"])}`,
      attributes: { size: 20, type: "pd-ssd", image: "debian-cloud/debian-12" },
      tags: { team: "payments" },
    });
    // The repository it is shared with reads it; another does not.
    expect((await provider.readLive({ ...target, repository: SHARED })).map((r) => r.id)).toEqual([live.id]);
    expect(await provider.readLive({ ...target, repository: "mallory/tools" })).toEqual([]);
  });

  it("a retried create finds the first attempt, by requestId and, once GCE forgot it, by its marker", async () => {
    fresh();
    const first = await provider.create(diskOp());
    const again = await provider.create(diskOp());
    gce.forgetRequestIds();
    const late = await provider.create(diskOp());

    expect([again.id, late.id]).toEqual([first.id, first.id]);
    expect(gce.stored.size).toBe(1);
    const sent = inserts().map(
      (r) => `${String(r.body!["name"])} ${new URL(r.path, "http://x").searchParams.get("requestId")}`,
    );
    expect(sent).toHaveLength(3);
    expect(new Set(sent).size).toBe(1);
    // Another attempt (another token) makes a disk of its own.
    const other = await provider.create(diskOp({ token: "9a8b7c6d-0000-8000-8000-000000000001" }));
    expect(other.id).not.toBe(first.id);
    expect(gce.stored.size).toBe(2);
  });

  it("leaves a disk it does not own untouched when its create's name is taken", async () => {
    fresh();
    const first = await provider.create(diskOp());
    const stored = gce.stored.get(first.id)!;
    // Someone rewrote the disk as theirs; a retry must not take it for its own.
    stored["description"] = "made by hand";
    gce.forgetRequestIds();

    const err = await failure(provider.create(diskOp()));

    expect(err.code).toBe("AlreadyExists");
    expect(err.message).toContain("Plagentic does not own it as google_compute_disk.data of staging");
    expect(writes().filter((r) => !/\/disks\?/.test(r.path))).toEqual([]);
    expect(stored["description"]).toBe("made by hand");
  });

  it("what a plan applies reads back with no diff; drift shows, and grows and relabels in place", async () => {
    fresh();
    const inputs = (spec = SPEC, destroy = false) => ({
      env: parseEnvironment(spec, "environments/staging.yaml"),
      provider,
      catalog,
      policies: {},
      identity: { repository: REPOSITORY, sharedWith: [] },
      destroy,
    });
    const apply = async (spec = SPEC, destroy = false) => {
      const { plan } = await createPlan(inputs(spec, destroy));
      const { result } = await applyPlan({ ...inputs(spec, destroy), expectedHash: plan.hash });
      expect(result.ok, JSON.stringify(result.results)).toBe(true);
      return plan;
    };

    const created = await apply();
    expect(created.changes.map((c) => `${c.action} ${c.address}`)).toEqual([
      "create google_compute_disk.data",
      "create google_compute_disk.scratch",
    ]);
    // GCE chose the scratch disk's size; the spec never named one, so it is no difference.
    expect([...gce.stored.values()].map((d) => d["sizeGb"]).sort()).toEqual(["20", "500"]);
    expect((await createPlan(inputs())).plan.changes).toEqual([]);

    const [key, data] = [...gce.stored].find(([, d]) => String(d["name"]).startsWith("staging-data-"))!;
    data["sizeGb"] = "15";
    data["labels"] = { ...(data["labels"] as Record<string, string>), team: "someone-else" };
    const drifted = (await createPlan(inputs())).plan.changes;
    expect(drifted.map((c) => `${c.action} ${c.address} ${c.changedAttributes.join(",")}`)).toEqual([
      "update google_compute_disk.data size,tags",
    ]);
    // Growing back is a resize; a disk cannot shrink, so the fake's 15 GB grows to the spec's 20.
    const before = gce.requests.length;
    await apply();
    const steps = gce.requests
      .slice(before)
      .filter((r) => r.method === "POST" && !r.path.includes("/operations/"));
    expect(steps.map((r) => r.path.replace(/\?.*$/, "").replace(`/compute/v1/${key}/`, ""))).toEqual([
      "setLabels",
      "resize",
    ]);
    expect(steps.map((r) => r.body)).toEqual([
      {
        labels: expect.objectContaining({ team: "payments", "plagentic-repository": REPOSITORY_LABEL }),
        labelFingerprint: expect.any(String),
      },
      { sizeGb: "20" },
    ]);
    expect(data["sizeGb"]).toBe("20");
    expect((await createPlan(inputs())).plan.changes).toEqual([]);

    await apply(SPEC, true);
    expect(gce.stored.size).toBe(0);
    expect(gce.requests.filter((r) => r.method === "DELETE")).toHaveLength(2);
  });

  it("refuses to shrink a disk, before any write", async () => {
    fresh();
    const made = await provider.create(diskOp());
    const before = writes().length;
    const err = await failure(
      provider.update({ ...diskOp({ attributes: { size: 10, type: "pd-ssd" } }), id: made.id }),
    );
    expect(err.code).toBe("UnsupportedUpdate");
    expect(err.message).toContain("cannot shrink (20 GB to 10 GB)");
    expect(writes()).toHaveLength(before);
  });

  it("never updates or deletes a disk whose marker and labels do not make it this environment's", async () => {
    fresh();
    const made = await provider.create(diskOp());
    const disk = gce.stored.get(made.id)!;
    const marker = JSON.parse(String(disk["description"])) as Record<string, unknown>;
    const labels = disk["labels"] as Record<string, string>;
    const cases: [string, () => void][] = [
      [
        "another repository's marker",
        () => (disk["description"] = JSON.stringify({ ...marker, "plagentic:repository": "mallory/tools" })),
      ],
      ["our labels on a hand-made disk", () => (disk["description"] = "scratch space")],
      [
        "a marker whose labels disagree",
        () => (disk["labels"] = { ...labels, "plagentic-repository": repositoryLabel("mallory/tools") }),
      ],
      [
        "another address",
        () =>
          (disk["description"] = JSON.stringify({
            ...marker,
            "plagentic:address": "google_compute_disk.logs",
          })),
      ],
    ];
    const before = writes().length;
    for (const [what, tamper] of cases) {
      disk["description"] = JSON.stringify(marker);
      disk["labels"] = labels;
      tamper();
      const update = await failure(
        provider.update({ ...diskOp({ tags: { team: "x" }, attributes: { size: 50 } }), id: made.id }),
      );
      expect(update.code, what).toBe("NotOwned");
      const remove = await failure(provider.delete(target, made));
      expect(remove.code, what).toBe("NotOwned");
      expect(await provider.readLive(target), what).toEqual([]);
    }
    expect(writes()).toHaveLength(before);
    expect(gce.stored.has(made.id)).toBe(true);
  });

  it("an update by the owner writes its current shares: a share it removed stops counting", async () => {
    fresh();
    const made = await provider.create(diskOp({ target: { ...target, sharedWith: [SHARED] } }));
    const sharedTarget: ProviderTarget = { ...target, repository: SHARED };
    expect((await provider.readLive(sharedTarget)).map((r) => r.id)).toEqual([made.id]);

    await provider.update({ ...diskOp({ tags: { team: "platform" } }), id: made.id });

    const labels = gce.stored.get(made.id)!["labels"] as Record<string, string>;
    expect(Object.keys(labels).some((k) => k.startsWith("plagentic-share-"))).toBe(false);
    expect(await provider.readLive(sharedTarget)).toEqual([]);
    expect(await failure(provider.delete(sharedTarget, made))).toMatchObject({ code: "NotOwned" });
    expect((await provider.readLive(target)).map((r) => r.tags)).toEqual([{ team: "platform" }]);
  });

  it("deletes with a requestId of its own and counts a disk already gone as deleted", async () => {
    fresh();
    const made = await provider.create(diskOp());
    await provider.delete(target, made);
    const del = gce.requests.filter((r) => r.method === "DELETE");
    expect(del).toHaveLength(1);
    expect(new URL(del[0]!.path, "http://x").searchParams.get("requestId")).toBe(
      stepRequestId(`${made.id}\n${made.address}`, "delete"),
    );
    expect(gce.stored.size).toBe(0);
    await provider.delete(target, made);
    expect(gce.requests.filter((r) => r.method === "DELETE")).toHaveLength(1);
  });
});
