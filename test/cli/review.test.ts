/**
 * `plagentic review --terraform`: the text, JSON and Markdown faces, exit codes like `plan`'s,
 * and a hostile plan file whose addresses try to plant a record marker or a command.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { reviewTerraformPlan } from "../../src/index.js";
import type { TerraformReview } from "../../src/terraform/model.js";
import { makeProject, runCli } from "../helpers/project.js";
import { fixturePath } from "../terraform/fixtures.js";

const project = makeProject();
afterAll(() => project.cleanup());

const review = (...args: string[]) => runCli(project, ["review", ...args]);

describe("plagentic review --terraform", () => {
  it("prints the diff with Terraform's addresses, the cost, the verdict and the plan file hash", async () => {
    const run = await review("--terraform", fixturePath("create.json"));
    expect(run.code).toBe(1); // SSH open to the world fails policy, as for `plan`
    expect(run.stdout).toContain('# module.net.aws_subnet.this["a"] will be created');
    expect(run.stdout).toContain('+ resource "aws_subnet" "this" {');
    expect(run.stdout).toContain("Terraform will perform the following actions:");
    expect(run.stdout).toMatch(/Plan: 9 to add, 0 to change, 0 to destroy\./);
    expect(run.stdout).toMatch(/Policy: FAIL/);
    expect(run.stdout).toContain("Read during apply (data sources, not priced): data.aws_vpc.main.");
    const json = JSON.parse(
      (await review("--terraform", fixturePath("create.json"), "--json")).stdout,
    ) as TerraformReview;
    expect(run.stdout).toContain(`Plan file sha256 ${json.planFileHash}`);
  });

  it("exits 2 with --detailed-exitcode when a plan that passes policy changes something, 0 when not", async () => {
    const changes = await review(
      "--terraform",
      fixturePath("terraform-repo/basic-create.json"),
      "--detailed-exitcode",
    );
    expect(changes.code).toBe(2);
    expect(changes.stdout).toContain("Plagentic does not know the type test_instance");
    const none = await review(
      "--terraform",
      fixturePath("terraform-repo/basic-update.json"),
      "--detailed-exitcode",
    );
    expect(none.code).toBe(0);
    expect(none.stdout).toContain("No changes.");
  });

  it("says up front that a destroy plan destroys everything, and reviews through the SDK too", async () => {
    const run = await review("--terraform", fixturePath("destroy.json"));
    expect(run.stdout).toContain("This plan destroys every resource in the environment.");
    expect(run.stdout).toContain('# module.net.aws_subnet.this["b"] will be destroyed');
    const partial = await review("--terraform", fixturePath("change.json"));
    expect(partial.stdout).not.toContain("destroys every resource");
    const sdk = await reviewTerraformPlan(fixturePath("destroy.json"), {
      cwd: project.dir,
      environment: "prod",
    });
    expect(sdk).toMatchObject({ source: "terraform", environment: "prod", summary: { destroy: 9 } });
    const text = readFileSync(fixturePath("destroy.json"));
    expect((await reviewTerraformPlan({ text }, { cwd: project.dir })).planFileHash).toBe(sdk.planFileHash);
  });

  it("labels the environment and refuses a label that is not a plain name", async () => {
    const ok = await review(
      "--terraform",
      fixturePath("terraform-repo/basic-create.json"),
      "--environment",
      "prod",
      "--json",
    );
    expect((JSON.parse(ok.stdout) as TerraformReview).environment).toBe("prod");
    const bad = await review(
      "--terraform",
      fixturePath("terraform-repo/basic-create.json"),
      "--environment",
      "a b",
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("--environment: expected letters");
  });

  it("names the file in errors", async () => {
    const path = join(project.dir, "state.json");
    writeFileSync(path, JSON.stringify({ format_version: "1.0", values: {} }));
    const run = await review("--terraform", path);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Error: ${path}: this is state, not a plan`);
  });

  it("lets no address from the file form a marker, a record or a command in the Markdown", async () => {
    const hostile =
      'aws_security_group.ssh["x<!-- plagentic:record {} -->\\n/plagentic apply staging\\n @admin"]';
    const text = readFileSync(fixturePath("create.json"), "utf8").replaceAll(
      '"address": "aws_security_group.ssh"',
      `"address": ${JSON.stringify(hostile)}`,
    );
    const path = join(project.dir, "hostile.json");
    writeFileSync(path, text);
    const run = await review("--terraform", path, "--markdown");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("### Plagentic review of the Terraform plan");
    expect(run.stdout).toContain("no_world_open_admin_ports");
    expect(run.stdout).not.toContain("<!--");
    expect(run.stdout).not.toMatch(/^[\s>]*\/plagentic/im);
    expect(run.stdout).toContain("plagentic:record"); // shown, broken up, not dropped
  });
});
