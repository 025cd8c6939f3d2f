/**
 * `aws_lambda_function` against moto_server through the real engine: a zip from a repository on
 * disk is planned by its hash, created with its tags, found again on a retry, read back without
 * a diff, updated only when its bytes change, shown drifting, refused at a name it does not own
 * or when the zip changed after the plan, and deleted.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  CreateFunctionCommand,
  GetFunctionCommand,
  LambdaClient,
  ListFunctionsCommand,
  UpdateFunctionConfigurationCommand,
} from "@aws-sdk/client-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPriceCatalog } from "../../../src/cost/index.js";
import { applyPlan } from "../../../src/plan/apply.js";
import { detectDrift } from "../../../src/plan/drift.js";
import { createPlan } from "../../../src/plan/engine.js";
import { createAwsProviderWith } from "../../../src/providers/aws/index.js";
import { functionName } from "../../../src/providers/aws/resources/lambda-code.js";
import type { EnvironmentIdentity, Provider, ResourceOperation } from "../../../src/providers/provider.js";
import { diskRepositoryFiles } from "../../../src/spec/disk-files.js";
import type { ResolvedEnvironment } from "../../../src/spec/model.js";
import { parseEnvironment } from "../../../src/spec/parse.js";
import { fileHash, resolveRepositoryFiles } from "../../../src/spec/repository-files.js";
import { createMotoRole, storedZip } from "./lambda-fixtures.js";
import { motoAvailable, startMoto, type Moto } from "./moto.js";

const available = motoAvailable();
if (!available && process.env.CI === "true") {
  describe("aws_lambda_function against moto", () => {
    it("needs moto_server", () => {
      throw new Error(
        "moto_server is not installed, and CI=true: the Lambda integration test must run in CI",
      );
    });
  });
} else if (!available) {
  console.warn("SKIPPED: aws_lambda_function against moto — moto_server is not installed");
}

const spec = (role: string, extra = "") => `
environment: fn-staging
provider: aws
region: us-east-1
tags: { team: media }
resources:
  - type: aws_lambda_function
    name: thumbnails
    properties:
      role: ${role}
      runtime: nodejs20.x
      handler: index.handler
      filename: functions/thumbnails.zip
      memory_size: 256
${extra}`;

describe.runIf(available)("aws_lambda_function against moto", () => {
  let moto: Moto;
  let provider: Provider;
  let lambda: LambdaClient;
  let role: string;
  let repo: string;
  const progress: string[] = [];
  const catalog = loadPriceCatalog();
  const identity: EnvironmentIdentity = { repository: "octo/media", sharedWith: [] };
  const target = { environment: "fn-staging", repository: "octo/media", region: "us-east-1" };
  const zipPath = () => join(repo, "functions", "thumbnails.zip");

  const load = (text = spec(role)): Promise<ResolvedEnvironment> =>
    resolveRepositoryFiles(parseEnvironment(text, "environments/fn-staging.yaml"), diskRepositoryFiles(repo));
  const inputs = (env: ResolvedEnvironment, destroy = false) => ({
    env,
    provider,
    catalog,
    policies: {},
    identity,
    destroy,
  });
  const getFunction = (name: string) => lambda.send(new GetFunctionCommand({ FunctionName: name }));
  /** The deployed function's name: each create's token is part of it, so it is read, not derived. */
  const deployedName = async (): Promise<string> => {
    const all = (await lambda.send(new ListFunctionsCommand({}))).Functions ?? [];
    const names = all.map((f) => f.FunctionName!).filter((n) => n.startsWith("fn-staging-thumbnails-"));
    expect(names).toHaveLength(1);
    return names[0]!;
  };

  beforeAll(async () => {
    moto = await startMoto();
    role = await createMotoRole(moto.endpoint, "thumbnails-exec");
    provider = createAwsProviderWith(
      {
        settings: { default: "aws", aws: { endpoint: moto.endpoint } },
        env: { AWS_ACCESS_KEY_ID: "testing", AWS_SECRET_ACCESS_KEY: "testing" },
        progress: (line) => progress.push(line),
      },
      { maxAttempts: 2, pollIntervalMs: 20, timeoutMs: 15_000 },
    );
    lambda = new LambdaClient({
      region: "us-east-1",
      endpoint: moto.endpoint,
      credentials: { accessKeyId: "testing", secretAccessKey: "testing" },
      maxAttempts: 1,
    });
    repo = mkdtempSync(join(tmpdir(), "plagentic-lambda-"));
    mkdirSync(join(repo, "functions"));
    writeFileSync(zipPath(), storedZip("index.js", "exports.handler = async () => 'v1';"));
  }, 30_000);

  afterAll(async () => {
    await provider?.close?.();
    lambda?.destroy();
    await moto?.stop();
    if (repo) rmSync(repo, { recursive: true, force: true });
  });

  it("creates the function with its zip and tags, reads it back with no diff, and updates code only on a new zip", async () => {
    const env = await load();
    const first = await createPlan(inputs(env));
    expect(first.plan.changes.map((c) => `${c.action} ${c.address}`)).toEqual([
      "create aws_lambda_function.thumbnails",
    ]);
    const v1 = fileHash(storedZip("index.js", "exports.handler = async () => 'v1';"));
    expect(first.plan.changes[0]!.after!.attributes["source_code_hash"]).toBe(v1);

    const applied = await applyPlan({ ...inputs(env), expectedHash: first.plan.hash });
    expect(applied.result.results.map((r) => `${r.status} ${r.error ?? ""}`)).toEqual(["created "]);

    const name = await deployedName();
    expect(name).toMatch(/^fn-staging-thumbnails-[0-9a-f]{10}$/);
    const fn = await getFunction(name);
    expect(fn.Configuration).toMatchObject({
      CodeSha256: v1,
      Runtime: "nodejs20.x",
      Handler: "index.handler",
      MemorySize: 256,
      Timeout: 3,
      Role: role,
    });
    expect(fn.Tags).toMatchObject({
      team: "media",
      "plagentic:environment": "fn-staging",
      "plagentic:repository": "octo/media",
      "plagentic:address": "aws_lambda_function.thumbnails",
    });
    expect(fn.Tags!["plagentic:token"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(progress.some((l) => l.startsWith("uploading functions/thumbnails.zip ("))).toBe(true);

    expect((await createPlan(inputs(env))).plan.changes).toEqual([]);
    // A spec that no longer names any function still sees this one, through the tagging API.
    expect((await provider.readLive({ ...target, types: ["aws_vpc"] })).map((r) => r.address)).toEqual([
      "aws_lambda_function.thumbnails",
    ]);

    // A new zip is an update of the hash alone, and leaves no diff behind.
    writeFileSync(zipPath(), storedZip("index.js", "exports.handler = async () => 'v2';"));
    const changed = await load();
    const update = await createPlan(inputs(changed));
    expect(update.plan.changes.map((c) => `${c.action} ${c.changedAttributes.join(",")}`)).toEqual([
      "update source_code_hash",
    ]);
    expect(update.plan.hash).not.toBe(first.plan.hash);
    expect((await applyPlan({ ...inputs(changed), expectedHash: update.plan.hash })).result.ok).toBe(true);
    const v2 = fileHash(storedZip("index.js", "exports.handler = async () => 'v2';"));
    expect((await getFunction(name)).Configuration!.CodeSha256).toBe(v2);
    expect((await createPlan(inputs(changed))).plan.changes).toEqual([]);
  });

  it("shows a change made behind its back as drift, and converges it with a configuration update", async () => {
    const env = await load();
    const name = await deployedName();
    await lambda.send(
      new UpdateFunctionConfigurationCommand({ FunctionName: name, MemorySize: 1024, Timeout: 30 }),
    );
    const drift = await detectDrift(env, provider, identity);
    expect(drift.items.map((i) => [i.kind, i.differences])).toEqual([
      [
        "changed",
        [
          { attribute: "memory_size", expected: 256, actual: 1024 },
          { attribute: "timeout", expected: 3, actual: 30 },
        ],
      ],
    ]);
    const fix = await createPlan(inputs(env));
    expect(fix.plan.changes.map((c) => `${c.action} ${c.changedAttributes.join(",")}`)).toEqual([
      "update memory_size,timeout",
    ]);
    const before = (await getFunction(name)).Configuration!.CodeSha256;
    expect((await applyPlan({ ...inputs(env), expectedHash: fix.plan.hash })).result.ok).toBe(true);
    const after = (await getFunction(name)).Configuration!;
    expect([after.MemorySize, after.Timeout, after.CodeSha256]).toEqual([256, 3, before]);
    expect((await createPlan(inputs(env))).plan.changes).toEqual([]);
  });

  it("refuses a zip that changed after the plan, and uploads nothing", async () => {
    writeFileSync(zipPath(), storedZip("index.js", "exports.handler = async () => 'v3';"));
    const env = await load();
    const plan = await createPlan(inputs(env));
    expect(plan.plan.changes.map((c) => c.changedAttributes.join(","))).toEqual(["source_code_hash"]);
    const name = await deployedName();
    const before = (await getFunction(name)).Configuration!.CodeSha256;

    writeFileSync(zipPath(), storedZip("index.js", "exports.handler = async () => 'tampered';"));
    const applied = await applyPlan({ ...inputs(env), expectedHash: plan.plan.hash });
    expect(applied.result.ok).toBe(false);
    expect(applied.result.results[0]!.error).toMatch(
      /^FileChanged: aws_lambda_function\.thumbnails: functions\/thumbnails\.zip changed since the plan \(planned sha256 .+, now .+\); nothing was uploaded, plan again$/,
    );
    expect((await getFunction(name)).Configuration!.CodeSha256).toBe(before);
  });

  it("finds its earlier attempt on a retried create, and refuses a function of that name it does not own", async () => {
    const retry = { ...target, environment: "fn-retry" };
    const zip = storedZip("index.js", "exports.handler = async () => 'retry';");
    const op: ResourceOperation = {
      target: retry,
      address: "aws_lambda_function.worker",
      type: "aws_lambda_function",
      attributes: {
        role,
        runtime: "python3.12",
        handler: "main.handler",
        filename: "functions/thumbnails.zip",
        source_code_hash: fileHash(zip),
        memory_size: 128,
        timeout: 3,
        architectures: ["x86_64"],
      },
      tags: {},
      token: "5b1c7e3a-0d2f-8a4b-9c6d-7e8f9a0b1c2d",
      files: { read: async () => zip },
    };
    const made = await provider.create(op);
    const again = await provider.create(op);
    expect(again.id).toBe(made.id);
    const names = async () =>
      ((await lambda.send(new ListFunctionsCommand({}))).Functions ?? [])
        .map((f) => f.FunctionName!)
        .filter((n) => n.startsWith("fn-retry-"));
    expect(await names()).toEqual([functionName(retry, op.address, op.token)]);
    expect(
      (await provider.readLive(retry)).map((r) => [r.address, r.attributes["source_code_hash"]]),
    ).toEqual([[op.address, fileHash(zip)]]);

    // Someone else's function at the name another address would take is left untouched.
    const foreign = functionName(retry, "aws_lambda_function.other", op.token);
    await lambda.send(
      new CreateFunctionCommand({
        FunctionName: foreign,
        Role: role,
        Runtime: "python3.12",
        Handler: "main.handler",
        Code: { ZipFile: zip },
        Tags: { owner: "someone-else" },
      }),
    );
    const refused = await provider
      .create({ ...op, address: "aws_lambda_function.other" })
      .catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "AlreadyExists" });
    const foreignArn = (await getFunction(foreign)).Configuration!.FunctionArn!;
    const notOwned = await provider
      .update({
        ...op,
        address: "aws_lambda_function.other",
        id: foreignArn,
        attributes: { ...op.attributes, memory_size: 512 },
      })
      .catch((e: unknown) => e);
    expect(notOwned).toMatchObject({ code: "NotOwned" });
    const deleteRefused = await provider
      .delete(retry, { id: foreignArn, address: "aws_lambda_function.other", type: "aws_lambda_function" })
      .catch((e: unknown) => e);
    expect(deleteRefused).toMatchObject({ code: "NotOwned" });
    expect((await getFunction(foreign)).Configuration).toMatchObject({ MemorySize: 128 });
    expect((await getFunction(foreign)).Tags).toEqual({ owner: "someone-else" });

    await provider.delete(retry, { id: made.id, address: op.address, type: op.type });
    expect(await names()).toEqual([foreign]);
  });

  it("retries a role Lambda cannot assume only briefly, then reports Lambda's error", async () => {
    const quick = createAwsProviderWith(
      {
        settings: { default: "aws", aws: { endpoint: moto.endpoint } },
        env: { AWS_ACCESS_KEY_ID: "testing", AWS_SECRET_ACCESS_KEY: "testing" },
      },
      { maxAttempts: 1, pollIntervalMs: 20, timeoutMs: 300 },
    );
    const zip = storedZip("index.js", "exports.handler = async () => 'x';");
    const err = await quick
      .create({
        target: { ...target, environment: "fn-norole" },
        address: "aws_lambda_function.x",
        type: "aws_lambda_function",
        attributes: {
          role: "arn:aws:iam::123456789012:role/does-not-exist",
          runtime: "nodejs20.x",
          handler: "index.handler",
          filename: "x.zip",
          source_code_hash: fileHash(zip),
        },
        tags: {},
        token: "0b1c7e3a-0d2f-8a4b-9c6d-7e8f9a0b1c2d",
        files: { read: async () => zip },
      })
      .catch((e: unknown) => e);
    await quick.close?.();
    expect(err).toMatchObject({ code: "InvalidParameterValueException" });
    expect((err as Error).message).toMatch(
      /^creating aws_lambda_function\.x as fn-norole-x-[0-9a-f]{10}: .*cannot be assumed/,
    );
  });

  it("deletes the function with the environment", async () => {
    const env = await load();
    const destroy = await createPlan(inputs(env, true));
    expect(destroy.plan.changes.map((c) => `${c.action} ${c.address}`)).toEqual([
      "delete aws_lambda_function.thumbnails",
    ]);
    expect((await applyPlan({ ...inputs(env, true), expectedHash: destroy.plan.hash })).result.ok).toBe(true);
    const left = (await lambda.send(new ListFunctionsCommand({}))).Functions ?? [];
    expect(left.map((f) => f.FunctionName).filter((n) => n?.startsWith("fn-staging-"))).toEqual([]);
    expect(await provider.readLive(target)).toEqual([]);
    expect(await provider.readLive({ ...target, types: ["aws_vpc"] })).toEqual([]);
  });
});
