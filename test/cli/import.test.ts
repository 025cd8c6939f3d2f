/** `plagentic import terraform` as a user runs it: writes the spec, lists what it skipped, never overwrites unasked. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeProject, runCli, type TestProject } from "../helpers/project.js";

const state = new URL("../fixtures/terraform/state/terraform.tfstate", import.meta.url).pathname;

describe("plagentic import terraform", () => {
  let project: TestProject;
  beforeEach(() => {
    project = makeProject();
  });
  afterEach(() => project.cleanup());

  it("writes environments/<name>.yaml and refuses to overwrite it without --force", async () => {
    const args = ["import", "terraform", "--state", state, "--environment", "legacy"];
    const first = await runCli(project, args);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Wrote environments/legacy.yaml (aws, us-east-1).");
    expect(first.stdout).toContain("Imported 5 resource(s):");
    expect(first.stdout).toContain("  data.aws_availability_zones.here: data source: read, not managed");
    const written = readFileSync(join(project.dir, "environments", "legacy.yaml"), "utf8");
    expect(written).toContain("import_id: vpc-");

    project.writeEnv("legacy", "# mine\n");
    const again = await runCli(project, args);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("Error: environments/legacy.yaml exists; pass --force to overwrite it");
    expect(readFileSync(join(project.dir, "environments", "legacy.yaml"), "utf8")).toBe("# mine\n");

    const forced = await runCli(project, [...args, "--force"]);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(project.dir, "environments", "legacy.yaml"), "utf8")).toBe(written);
  });

  it("refuses an environment name that is not one, before writing anything", async () => {
    const run = await runCli(project, [
      "import",
      "terraform",
      "--state",
      state,
      "--environment",
      "../../escape",
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('"../../escape" is not a valid environment name');
  });

  it("names the file of a malformed state", async () => {
    const bad = join(project.dir, "bad.tfstate");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(bad, '{\n  "version": 4,\n  "resources": "nope"\n}\n');
    const r = await runCli(project, [
      "import",
      "terraform",
      "--state",
      "bad.tfstate",
      "--environment",
      "legacy",
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Error: bad\.tfstate:3:16: resources: /m);
  });
});
