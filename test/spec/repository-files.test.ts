/**
 * Repository files a spec names (a Lambda zip): each refusal with the file, line and field it
 * names, the hash the plan carries, and a plan refused while a named file is unread.
 */
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildPlan } from "../../src/plan/engine.js";
import { loadPriceCatalog } from "../../src/cost/index.js";
import type { Provider } from "../../src/providers/provider.js";
import { diskRepositoryFiles } from "../../src/spec/disk-files.js";
import { SpecError } from "../../src/spec/errors.js";
import { loadEnvironment } from "../../src/spec/load.js";
import { parseEnvironment } from "../../src/spec/parse.js";
import { filesFromBytes, resolveRepositoryFiles } from "../../src/spec/repository-files.js";

const FILE = "environments/fn.yaml";
const spec = (filename: string, extra = "") => `environment: fn
provider: aws
region: us-east-1
resources:
  - type: aws_lambda_function
    name: api
    count: 2
    properties:
      role: arn:aws:iam::123456789012:role/exec
      runtime: nodejs20.x
      handler: index.handler
      filename: ${JSON.stringify(filename)}
${extra}`;

let root: string;
let outside: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "plagentic-repo-"));
  outside = mkdtempSync(join(tmpdir(), "plagentic-outside-"));
  mkdirSync(join(root, "functions"));
  writeFileSync(join(root, "functions", "api.zip"), "zip bytes");
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const load = async (filename: string) =>
  resolveRepositoryFiles(parseEnvironment(spec(filename), FILE), diskRepositoryFiles(root));

async function refusal(run: () => Promise<unknown>): Promise<SpecError> {
  const e = await run().then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(SpecError);
  return e as SpecError;
}

describe("repository files in a spec", () => {
  it("writes the base64 sha256 of the file into source_code_hash of every instance", async () => {
    const env = await load("./functions//api.zip");
    const expected = createHash("sha256").update("zip bytes").digest("base64");
    expect(env.resources.map((r) => r.attributes["source_code_hash"])).toEqual([expected, expected]);
    expect(env.resources[0]!.attributes["filename"]).toBe("./functions//api.zip");
    expect(env.unreadFiles).toEqual([]);
    expect(await env.files!.read("functions/api.zip", 100)).toEqual(Buffer.from("zip bytes"));
  });

  it("follows a symlink that stays inside the repository", async () => {
    symlinkSync(join(root, "functions", "api.zip"), join(root, "latest.zip"));
    const env = await load("latest.zip");
    expect(env.resources[0]!.attributes["source_code_hash"]).toBe(
      createHash("sha256").update("zip bytes").digest("base64"),
    );
  });

  it.each([
    [
      "/etc/passwd",
      "/etc/passwd: is an absolute path; name the file relative to the repository root (where config.yaml is)",
    ],
    [
      "C:\\code\\api.zip",
      "C:\\code\\api.zip: is an absolute path; name the file relative to the repository root (where config.yaml is)",
    ],
    ["../secrets.zip", "../secrets.zip: leaves the repository (..); keep the file inside it"],
    ["functions/../../x.zip", "functions/../../x.zip: leaves the repository (..); keep the file inside it"],
    ["functions\\api.zip", "functions\\api.zip: holds a backslash; separate directories with /"],
  ])("refuses %s at its line before reading anything", async (path, reason) => {
    const e = await refusal(() => load(path));
    expect(e.message).toBe(`${FILE}:12:17: resources[0].properties.filename: ${reason}`);
  });

  it("refuses a symlink that points out of the repository", async () => {
    writeFileSync(join(outside, "key.zip"), "secret");
    symlinkSync(join(outside, "key.zip"), join(root, "functions", "evil.zip"));
    symlinkSync(outside, join(root, "out"));
    for (const path of ["functions/evil.zip", "out/key.zip"]) {
      const e = await refusal(() => load(path));
      expect(e.message).toBe(
        `${FILE}:12:17: resources[0].properties.filename: ${path}: is a symlink to a file outside the repository`,
      );
    }
  });

  it("refuses a missing file, a directory and a file over the 50 MB bound", async () => {
    expect((await refusal(() => load("functions/gone.zip"))).message).toBe(
      `${FILE}:12:17: resources[0].properties.filename: functions/gone.zip: does not exist in the repository`,
    );
    expect((await refusal(() => load("functions"))).message).toBe(
      `${FILE}:12:17: resources[0].properties.filename: functions: is not a regular file`,
    );
    writeFileSync(join(root, "big.zip"), "");
    truncateSync(join(root, "big.zip"), 50 * 1024 * 1024 + 1);
    expect((await refusal(() => load("big.zip"))).message).toBe(
      `${FILE}:12:17: resources[0].properties.filename: big.zip: is over 52,428,800 bytes; the limit is 52,428,800 bytes`,
    );
  });

  it("refuses a source_code_hash written in the spec", () => {
    expect(() => parseEnvironment(spec("functions/api.zip", "      source_code_hash: abc\n"), FILE)).toThrow(
      `${FILE}:13:25: resources[0].properties.source_code_hash: is computed from the file the spec names; remove it`,
    );
  });

  it("reads a spec's files from the repository root when loaded from disk", async () => {
    mkdirSync(join(root, "environments"));
    writeFileSync(join(root, FILE), spec("functions/api.zip"));
    const env = await loadEnvironment(join(root, "environments"), "fn", root, {}, diskRepositoryFiles(root));
    expect(env.resources[0]!.attributes["source_code_hash"]).toBe(
      createHash("sha256").update("zip bytes").digest("base64"),
    );
  });

  it("applies the same rules to files handed over as bytes", async () => {
    const files = filesFromBytes({ "functions/api.zip": Buffer.from("zip bytes") });
    await expect(files.read("./functions/api.zip", 100)).resolves.toEqual(Buffer.from("zip bytes"));
    await expect(files.read("functions/api.zip", 3)).rejects.toThrow(
      "functions/api.zip: is over 3 bytes; the limit is 3 bytes",
    );
    await expect(files.read("../functions/api.zip", 100)).rejects.toThrow("leaves the repository");
    await expect(files.read("functions/other.zip", 100)).rejects.toThrow("does not exist in the repository");
  });

  it("will not plan an environment whose files were never read", () => {
    const env = parseEnvironment(spec("functions/api.zip"), FILE);
    const provider = { capabilities: { applies: "*" } } as unknown as Provider;
    const inputs = {
      env,
      provider,
      catalog: loadPriceCatalog(),
      policies: {},
      identity: { repository: "local", sharedWith: [] },
    };
    expect(() => buildPlan(inputs, [])).toThrow(
      `${FILE}: resources[0].properties.filename: functions/api.zip was not read; plan it from its repository`,
    );
  });
});
