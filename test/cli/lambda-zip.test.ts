/**
 * `plagentic plan` on the sandbox with a Lambda zip in the repository: the zip's hash is in the
 * plan, so changing only the zip is an update, and a refused path is reported at its line.
 */
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { Workspace } from "../../src/plan/workspace.js";
import { checkedEnvironment } from "../../src/spec/load.js";
import { makeProject, runCli, type TestProject } from "../helpers/project.js";

const SPEC = (filename: string) => `environment: fn
provider: sandbox
region: us-east-1
resources:
  - type: aws_lambda_function
    name: thumbnails
    properties:
      role: arn:aws:iam::123456789012:role/exec
      runtime: nodejs20.x
      handler: index.handler
      filename: ${filename}
`;

const projects: TestProject[] = [];
afterEach(() => {
  while (projects.length) projects.pop()!.cleanup();
});

function project(): TestProject {
  const p = makeProject({ envs: { fn: SPEC("functions/thumbnails.zip") } });
  projects.push(p);
  mkdirSync(join(p.dir, "functions"));
  writeFileSync(join(p.dir, "functions", "thumbnails.zip"), "version 1");
  return p;
}

const sha = (text: string) => createHash("sha256").update(text).digest("base64");

describe("plagentic plan with a Lambda zip", () => {
  it("plans a changed zip, and only a changed zip, as an update of source_code_hash", async () => {
    const p = project();
    const first = JSON.parse((await runCli(p, ["plan", "fn", "--json"])).stdout);
    expect(first.changes[0].after.attributes.source_code_hash).toBe(sha("version 1"));
    expect((await runCli(p, ["apply", "fn", "--yes"])).code).toBe(0);
    const same = await runCli(p, ["plan", "fn", "--detailed-exitcode"]);
    expect([same.code, same.stdout.includes("No changes.")]).toEqual([0, true]);

    writeFileSync(join(p.dir, "functions", "thumbnails.zip"), "version 2");
    const changed = await runCli(p, ["plan", "fn", "--detailed-exitcode"]);
    expect(changed.code).toBe(2);
    expect(changed.stdout).toContain("Plan: 0 to add, 1 to change, 0 to destroy.");
    expect(changed.stdout).toContain("source_code_hash");
    const plan = JSON.parse((await runCli(p, ["plan", "fn", "--json"])).stdout);
    expect(plan.changes.map((c: { changedAttributes: string[] }) => c.changedAttributes)).toEqual([
      ["source_code_hash"],
    ]);
    expect(plan.hash).not.toBe(first.hash);
  });

  it("moving an identical zip changes nothing in the cloud", async () => {
    const p = project();
    expect((await runCli(p, ["apply", "fn", "--yes"])).code).toBe(0);
    mkdirSync(join(p.dir, "build"));
    writeFileSync(join(p.dir, "build", "thumbnails.zip"), "version 1");
    p.writeEnv("fn", SPEC("build/thumbnails.zip"));
    expect((await runCli(p, ["plan", "fn"])).stdout).toContain("No changes.");
  });

  it("refuses a path out of the repository, and a missing zip, at the spec's line", async () => {
    const p = project();
    p.writeEnv("fn", SPEC("../../etc/passwd"));
    const out = await runCli(p, ["plan", "fn"]);
    expect(out.code).not.toBe(0);
    expect(out.stderr).toContain(
      "environments/fn.yaml:11:17: resources[0].properties.filename: ../../etc/passwd: leaves the repository (..); keep the file inside it",
    );
    p.writeEnv("fn", SPEC("functions/missing.zip"));
    const missing = await runCli(p, ["plan", "fn"]);
    expect(missing.stderr).toContain(
      "environments/fn.yaml:11:17: resources[0].properties.filename: functions/missing.zip: does not exist in the repository",
    );
  });

  it("reads the zip of a spec given as text (a team's proposal) from the working tree only in a local run", async () => {
    const p = project();
    const env = checkedEnvironment(SPEC("functions/thumbnails.zip"), "environments/fn.yaml", "fn");
    const local = await Workspace.open({ cwd: p.dir, statePath: p.statePath });
    const repository = await Workspace.open({ cwd: p.dir, statePath: p.statePath, repository: "octo/fn" });
    try {
      const { plan } = await local.plan(env);
      expect(plan.changes[0]!.after!.attributes["source_code_hash"]).toBe(sha("version 1"));
      await expect(repository.plan(env)).rejects.toThrow(
        "environments/fn.yaml: resources[0].properties.filename: functions/thumbnails.zip was not read; plan it from its repository",
      );
    } finally {
      await local.close();
      await repository.close();
    }
  });
});
