/**
 * `providers.sandbox.operation_delay_ms`: a simulated cloud latency, validated where config is
 * read and waited by the sandbox before each create, update and delete (reaching the provider
 * through the workspace's registry; pool-runner.test.ts checks it on a worker too).
 */
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../../src/config/loader.js";
import { loadPriceCatalog } from "../../../src/cost/index.js";
import { Workspace } from "../../../src/plan/workspace.js";
import { createSandboxProvider } from "../../../src/providers/sandbox/sandbox-provider.js";
import { SpecError } from "../../../src/spec/errors.js";
import { openStore } from "../../../src/store/store.js";

const catalog = loadPriceCatalog();
const target = { environment: "e", region: "us-east-1", repository: "o/r", sharedWith: [] };
const VPC = { type: "aws_vpc", address: "aws_vpc.main", attributes: { cidr_block: "10.0.0.0/16" }, tags: {} };

function configError(text: string): SpecError {
  try {
    parseConfig(text, "config.yaml", {});
  } catch (e) {
    if (e instanceof SpecError) return e;
    throw e;
  }
  throw new Error("no error");
}

describe("providers.sandbox.operation_delay_ms", () => {
  it("is read from config, and absent by default", () => {
    const text = "providers:\n  sandbox:\n    operation_delay_ms: 250\n";
    expect(parseConfig(text, "config.yaml", {}).providers.sandbox).toEqual({ operationDelayMs: 250 });
    expect(
      parseConfig("providers: { default: sandbox }\n", "config.yaml", {}).providers.sandbox,
    ).toBeUndefined();
  });

  it.each([
    ["10001", /config\.yaml:3:25: providers\.sandbox\.operation_delay_ms: .*10000/],
    ["-1", /config\.yaml:3:25: providers\.sandbox\.operation_delay_ms: .*0/],
    ["1.5", /config\.yaml:3:25: providers\.sandbox\.operation_delay_ms: expected int/],
    ['"slow"', /config\.yaml:3:25: providers\.sandbox\.operation_delay_ms: expected number/],
  ])("refuses %s with the file, line and field", (value, message) => {
    const err = configError(`providers:\n  sandbox:\n    operation_delay_ms: ${value}\n`);
    expect(err.message).toMatch(message);
  });

  it("is waited before each create, update and delete, never before a read", async () => {
    const store = openStore(":memory:");
    const waits: string[] = [];
    let last = "";
    const sandbox = createSandboxProvider({
      store,
      catalog,
      operationDelayMs: 40,
      sleep: async (ms) => {
        waits.push(`${ms} before ${last}`);
      },
    });
    try {
      last = "create";
      const vpc = await sandbox.create({ ...VPC, target, token: "t-1" });
      // The wait comes before the operation: the VPC did not exist yet when it was asked for.
      expect(waits).toEqual(["40 before create"]);
      last = "read";
      await sandbox.readLive(target);
      last = "update";
      await sandbox.update({
        ...VPC,
        target,
        token: "t-2",
        id: vpc.id,
        attributes: { cidr_block: "10.1.0.0/16" },
      });
      last = "delete";
      await sandbox.delete(target, { id: vpc.id, address: VPC.address, type: VPC.type });
      expect(waits).toEqual(["40 before create", "40 before update", "40 before delete"]);
      expect(await sandbox.readLive(target)).toEqual([]);
    } finally {
      store.close();
    }
  });

  it("reaches the sandbox a workspace loads from config", async () => {
    const config = parseConfig(
      "providers:\n  sandbox:\n    operation_delay_ms: 300\n",
      "/tmp/x/config.yaml",
      {},
    );
    const ws = await Workspace.open({ config, statePath: ":memory:", repository: "o/r" });
    try {
      const sandbox = await ws.provider("sandbox");
      const started = performance.now();
      await sandbox.create({ ...VPC, target, token: "t-ws" });
      expect(performance.now() - started).toBeGreaterThanOrEqual(300);
    } finally {
      await ws.close();
    }
  });
});
