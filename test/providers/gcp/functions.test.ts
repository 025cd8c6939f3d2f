/**
 * Cloud Functions (2nd gen) through the dispatcher, with the real @google-cloud/functions v2
 * client over REST against a local fake of the Cloud Functions API v2 (fake-functions.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cloudfunctionsFunction } from "../../../src/providers/gcp/resources/cloudfunctions-function.js";
import { startFakeFunctions, type FakeFunctions } from "./fake-functions.js";
import type { Json } from "./fake-rest.js";
import { REPOSITORY, target } from "./fixtures.js";
import { operation, serviceRig, type ServiceRig } from "./service-context.js";

const TYPE = "google_cloudfunctions_function";
const ADDRESS = `${TYPE}.hook`;
const spec = {
  runtime: "nodejs20",
  entry_point: "handle",
  available_memory_mb: 512,
  timeout: 120,
  trigger_http: true,
  source_archive_bucket: "payments-src",
  source_archive_object: "hook-1.2.0.zip",
};

let fake: FakeFunctions;
let rig: ServiceRig;

beforeEach(async () => {
  fake = await startFakeFunctions();
  rig = serviceRig(fake.port, { [TYPE]: cloudfunctionsFunction });
});
afterEach(async () => {
  await rig.close();
  await fake.close();
});

const writes = () => fake.calls.filter((c) => c.method !== "GET").map((c) => `${c.method} ${c.path}`);
const create = (attributes: Record<string, unknown> = spec, token = "token-1", address = ADDRESS) =>
  rig.provider.create(operation(TYPE, address, attributes as never, token, { team: "payments" }));

describe("google_cloudfunctions_function (2nd gen)", () => {
  it("deploys a function carrying its ownership in the create, and reads it back equal", async () => {
    const live = await create();
    expect(live.id).toMatch(/^projects\/demo\/locations\/us-central1\/functions\/staging-hook-[0-9a-f]{6}$/);
    expect(live.attributes).toEqual(spec);
    expect(live.tags).toEqual({ team: "payments" });
    const post = fake.calls.find((c) => c.method === "POST")!;
    expect(post.query.get("functionId")).toBe(live.id.split("/").pop());
    // The v2 client asks for numeric enums (`$alt=json;enum-encoding=int`): GEN_2 is 2.
    expect(post.query.get("$alt")).toBe("json;enum-encoding=int");
    expect(post.body).toMatchObject({
      environment: 2,
      buildConfig: {
        runtime: "nodejs20",
        entryPoint: "handle",
        source: { storageSource: { bucket: "payments-src" } },
      },
      serviceConfig: { availableMemory: "512M", timeoutSeconds: 120 },
      labels: { team: "payments", "plagentic-environment": "staging" },
    });
    expect(JSON.parse(String(post.body["description"]))).toMatchObject({
      "plagentic:repository": REPOSITORY,
      "plagentic:address": ADDRESS,
    });

    await create({ runtime: "python312", available_memory_mb: 256, timeout: 60 }, "token-2", `${TYPE}.other`);
    await create(spec, "token-3", `${TYPE}.third`);
    const read = await rig.provider.readLive({ ...target, types: [TYPE] });
    expect(read.find((r) => r.address === ADDRESS)).toEqual(live);
    // Left-out properties stay out, however the API fills them in; every page is read.
    expect(read.find((r) => r.address === `${TYPE}.other`)!.attributes).toEqual({
      runtime: "python312",
      available_memory_mb: 256,
      timeout: 60,
    });
    expect(read).toHaveLength(3);
    const list = fake.calls.find((c) => c.method === "GET" && c.path.endsWith("/functions"))!;
    expect(list.path).toBe("/v2/projects/demo/locations/-/functions");
    expect(list.query.get("filter")).toBe('labels.plagentic-environment="staging"');
  });

  it("finds its earlier attempt on a retry instead of deploying again", async () => {
    const first = await create();
    const again = await create();
    expect(again.id).toBe(first.id);
    expect(writes()).toEqual(["POST /v2/projects/demo/locations/us-central1/functions"]);
  });

  it("shows changes made behind its back and updates them back", async () => {
    const live = await create();
    const f = fake.functions.get(live.id)!;
    (f["serviceConfig"] as Json)["availableMemory"] = "1Gi";
    (f["labels"] as Json)["team"] = "intruder";
    f["state"] = "FAILED";
    const [read] = await rig.provider.readLive(target);
    expect(read!.attributes["available_memory_mb"]).toBe(1074);
    expect(read!.tags).toEqual({ team: "intruder" });
    expect(read!.state).toBe("FAILED");

    f["state"] = "ACTIVE";
    const updated = await rig.provider.update({
      ...operation(TYPE, ADDRESS, spec as never, "t-upd", { team: "payments" }),
      id: live.id,
    });
    expect(updated.attributes).toEqual(spec);
    expect(updated.tags).toEqual({ team: "payments" });
    const patch = fake.calls.find((c) => c.method === "PATCH")!;
    expect(patch.query.get("updateMask")).toBe("description,labels,serviceConfig.availableMemory");
  });

  it("refuses to change or delete a function it does not own", async () => {
    const id = "projects/demo/locations/us-central1/functions/hand-made";
    fake.functions.set(id, {
      name: id,
      state: "ACTIVE",
      description: JSON.stringify({
        "plagentic:environment": "staging",
        "plagentic:repository": REPOSITORY,
        "plagentic:address": ADDRESS,
      }),
      labels: { "plagentic-environment": "staging" },
      buildConfig: { runtime: "go122" },
    });
    await expect(rig.provider.delete(target, { id, address: ADDRESS, type: TYPE })).rejects.toMatchObject({
      code: "NotOwned",
    });
    await expect(
      rig.provider.update({ ...operation(TYPE, ADDRESS, spec as never), id }),
    ).rejects.toMatchObject({
      code: "NotOwned",
    });
    const other = await create();
    await expect(
      rig.provider.delete(
        { ...target, repository: "octo/other" },
        { id: other.id, address: ADDRESS, type: TYPE },
      ),
    ).rejects.toMatchObject({ code: "NotOwned" });
    expect(writes()).toEqual(["POST /v2/projects/demo/locations/us-central1/functions"]);
    expect(fake.functions.size).toBe(2);
  });

  it("deletes and waits until the function is gone", async () => {
    const live = await create();
    fake.operations.polls = 3;
    await rig.provider.delete(target, { id: live.id, address: ADDRESS, type: TYPE });
    expect(fake.functions.size).toBe(0);
    expect(writes()).toContain(`DELETE /v2/${live.id}`);
  });

  it("surfaces an operation's error, and times out naming the function", async () => {
    fake.operations.failing = { code: 3, message: "Build failed: package.json not found" };
    await expect(create()).rejects.toMatchObject({
      code: "INVALID_ARGUMENT",
      message: expect.stringContaining("Build failed"),
    });
    fake.operations.stalled = true;
    await expect(create(spec, "token-2")).rejects.toMatchObject({
      code: "Timeout",
      message: expect.stringContaining(ADDRESS),
    });
  });

  it("refuses a listing that could not reach a region, rather than call its functions deleted", async () => {
    await create();
    fake.unreachable.push("europe-west1");
    await expect(rig.provider.readLive(target)).rejects.toMatchObject({
      code: "UNAVAILABLE",
      message: expect.stringContaining("europe-west1"),
    });
  });

  it("refuses a function without trigger_http, which would need an event trigger", async () => {
    await expect(create({ ...spec, trigger_http: false })).rejects.toMatchObject({
      code: "InvalidParameterValue",
    });
    expect(writes()).toEqual([]);
  });
});
