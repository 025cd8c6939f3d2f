/**
 * Config's `limits:` bound what one spec can make a server do, and each is enforced before the
 * work it bounds: the size before parsing, the resource count before `count` is expanded.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../../src/config/schema.js";
import { Workspace } from "../../src/plan/workspace.js";
import { LimitError, SpecError } from "../../src/spec/errors.js";
import { DEFAULT_SPEC_LIMITS } from "../../src/spec/limits.js";
import { checkedEnvironment, loadEnvironment } from "../../src/spec/load.js";
import { parseEnvironment } from "../../src/spec/parse.js";
import { makeProject } from "../helpers/project.js";

const head = "environment: t\nprovider: sandbox\nregion: us-east-1\nresources:\n";
const vpc = (name: string, count?: number): string =>
  `  - type: aws_vpc\n    name: ${name}\n${count === undefined ? "" : `    count: ${count}\n`}` +
  "    properties: { cidr_block: 10.0.0.0/16 }\n";

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected an error");
}

describe("spec limits", () => {
  it("has the same defaults as config", () => {
    expect(DEFAULT_SPEC_LIMITS).toEqual(DEFAULT_LIMITS);
  });

  it("refuses a huge count as soon as it is read, naming the line, the limit and the config key", () => {
    const t0 = performance.now();
    const e = thrown(() => parseEnvironment(head + vpc("a") + vpc("b", 100_000_000), "environments/t.yaml"));
    expect(performance.now() - t0).toBeLessThan(1_000);
    expect(e).toBeInstanceOf(LimitError);
    expect(e.message).toBe(
      "environments/t.yaml:10:12: resources[1].count: count 100,000,000 brings the environment to " +
        "100,000,001 resources, over the limit of 5,000 resources; raise limits.max_resources in " +
        "config.yaml if that is intended",
    );
    expect(e).toMatchObject({ key: "limits.max_resources", limit: 5_000, actual: 100_000_001 });
  });

  it("counts resources without count as one each and names the one that goes over", () => {
    const e = thrown(() =>
      parseEnvironment(head + vpc("a") + vpc("b") + vpc("c"), "t.yaml", { maxResources: 2 }),
    );
    expect(e.message).toBe(
      "t.yaml:11:5: resources[2]: the environment reaches 3 resources here, over the limit of 2 " +
        "resources; raise limits.max_resources in config.yaml if that is intended",
    );
  });

  it("accepts a spec exactly at the limit", () => {
    expect(parseEnvironment(head + vpc("a", 5_000), "t.yaml").resources).toHaveLength(5_000);
    expect(
      parseEnvironment(head + vpc("a", 2) + vpc("b"), "t.yaml", { maxResources: 3 }).resources,
    ).toHaveLength(3);
  });

  it("bounds one resource's count even when the total limit is raised", () => {
    const e = thrown(() => parseEnvironment(head + vpc("a", 20_000), "t.yaml", { maxResources: 100_000 }));
    expect(e).toBeInstanceOf(SpecError);
    expect(e.message).toBe(
      "t.yaml:7:12: resources[0].count: at most 10,000 instances per resource; split it into several resources",
    );
  });

  it("leaves a malformed count to the schema", () => {
    expect(thrown(() => parseEnvironment(head + vpc("a", -1), "t.yaml")).message).toMatch(
      /^t\.yaml:7:12: resources\[0\]\.count: /,
    );
  });

  it("refuses text over max_spec_bytes before parsing it", () => {
    // Not even YAML: the size is checked first.
    const text = `a: [${"x".repeat(2_000)}\n`;
    const e = thrown(() => parseEnvironment(text, "t.yaml", { maxSpecBytes: 1_024 }));
    expect(e).toBeInstanceOf(LimitError);
    expect(e.message).toBe(
      "t.yaml: the spec is 2,005 bytes, over the limit of 1,024 bytes; raise limits.max_spec_bytes in " +
        "config.yaml if that is intended",
    );
  });

  it("counts bytes, not characters", () => {
    const text = `${head}${vpc("a")}# ${"é".repeat(600)}\n`;
    expect(() => parseEnvironment(text, "t.yaml", { maxSpecBytes: 1_024 })).toThrow(LimitError);
    expect(() => parseEnvironment(text, "t.yaml", { maxSpecBytes: 2_048 })).not.toThrow();
  });

  it("applies the default size limit", () => {
    const text = `${head}# ${"x".repeat(DEFAULT_SPEC_LIMITS.maxSpecBytes)}\n`;
    expect(() => parseEnvironment(text, "t.yaml")).toThrow(/limits\.max_spec_bytes/);
  });

  it("passes limits through checkedEnvironment and loadEnvironment", async () => {
    expect(() => checkedEnvironment(head + vpc("a", 3), "t.yaml", "t", { maxResources: 2 })).toThrow(
      /limits\.max_resources/,
    );
    const project = makeProject({ envs: { t: `${head}${vpc("a")}# ${"x".repeat(2_000)}\n` } });
    try {
      const dir = `${project.dir}/environments`;
      await expect(loadEnvironment(dir, "t", project.dir, { maxSpecBytes: 1_024 })).rejects.toThrow(
        /^environments\/t\.yaml: the spec is 2,\d{3} bytes, over the limit of 1,024 bytes/,
      );
      await expect(loadEnvironment(dir, "t", project.dir)).resolves.toMatchObject({
        file: "environments/t.yaml",
      });
    } finally {
      project.cleanup();
    }
  });

  it("reads the limits from config in Workspace.loadEnvironment", async () => {
    const project = makeProject({
      config: "environments_dir: environments\nlimits: { max_resources: 2 }\n",
      envs: { t: head + vpc("a", 3) },
    });
    const ws = await Workspace.open({ cwd: project.dir, env: {}, statePath: ":memory:" });
    try {
      await expect(ws.loadEnvironment("t")).rejects.toThrow(
        "environments/t.yaml:7:12: resources[0].count: count 3 brings the environment to 3 resources, " +
          "over the limit of 2 resources; raise limits.max_resources in config.yaml if that is intended",
      );
    } finally {
      await ws.close();
      project.cleanup();
    }
  });
});
