/** `plagentic export`: stdout by default, a file with --out, clear errors for bad choices. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { bundledStaging, makeProject, runCli, type TestProject } from "../helpers/project.js";

describe("plagentic export", () => {
  let project: TestProject;
  afterEach(() => project?.cleanup());

  it("prints the Terraform JSON on stdout, progress on stderr", async () => {
    project = makeProject({ envs: { staging: bundledStaging() } });
    const r = await runCli(project, ["export", "staging", "--format", "terraform"]);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { resource: Record<string, Record<string, { count?: number }>> };
    expect(doc.resource["aws_instance"]!["web"]!.count).toBe(2);
    expect(r.stderr).toContain("Loaded");
  });

  it("writes the file --out names and nothing on stdout", async () => {
    project = makeProject({ envs: { staging: bundledStaging() } });
    const r = await runCli(project, [
      "export",
      "staging",
      "--format",
      "cloudformation",
      "--yaml",
      "--out",
      "staging.yaml",
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe("");
    const file = join(project.dir, "staging.yaml");
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, "utf8")).toContain("Type: AWS::EC2::VPC");
    expect(r.stderr).toContain("Wrote cloudformation export of staging to staging.yaml");
  });

  it("names a file it cannot write as the user's error", async () => {
    project = makeProject({ envs: { staging: bundledStaging() } });
    const r = await runCli(project, [
      "export",
      "staging",
      "--format",
      "terraform",
      "--out",
      "no/such/dir/x.tf.json",
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Error: cannot write no/such/dir/x.tf.json: ENOENT");
    expect(r.stderr).not.toContain("Internal error");
  });

  it("names the valid formats for an unknown one, and refuses --yaml outside CloudFormation", async () => {
    project = makeProject({ envs: { staging: bundledStaging() } });
    const bad = await runCli(project, ["export", "staging", "--format", "pulumi"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(
      'unknown export format "pulumi"; choose one of: terraform, cloudformation, arm',
    );
    const yaml = await runCli(project, ["export", "staging", "--format", "terraform", "--yaml"]);
    expect(yaml.code).toBe(1);
    expect(yaml.stderr).toContain("--yaml applies to --format cloudformation only");
  });

  it("fails naming the type when the format cannot express it", async () => {
    project = makeProject({ envs: { staging: bundledStaging() } });
    const r = await runCli(project, ["export", "staging", "--format", "arm"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("aws_vpc.main: arm export cannot express resource type aws_vpc");
    expect(r.stdout).toBe("");
  });
});
