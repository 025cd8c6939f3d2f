/**
 * Issue 13's acceptance for adoption: resources made by a real `terraform apply` against moto are
 * imported from Terraform's state, adopted by an approved plan (ownership tags added, nothing
 * recreated, the same ids), and then managed like any other. A resource another repository owns
 * is refused. One terraform init and apply for the whole file: they are the slow part.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  CreateVpcCommand,
  DescribeInstancesCommand,
  DescribeVpcsCommand,
  DescribeSubnetsCommand,
  EC2Client,
} from "@aws-sdk/client-ec2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeProject, runCli, type TestProject } from "../helpers/project.js";
import { startMoto, type Moto } from "../providers/aws/moto.js";
import { CREDENTIALS, foreignTags, motoOrSkip, REGION } from "../providers/aws/moto-provider.js";
import { terraformDir, terraformOrSkip, type TerraformDir } from "./terraform-tool.js";

const SUITE = "adopting what real terraform made in moto";
const ready = motoOrSkip(SUITE) && terraformOrSkip(SUITE);
const mainTf = readFileSync(new URL("../fixtures/terraform/state/main.tf", import.meta.url), "utf8");

describe.runIf(ready)(SUITE, () => {
  let moto: Moto;
  let tf: TerraformDir;
  let project: TestProject;
  let ec2: EC2Client;
  const env = { AWS_ACCESS_KEY_ID: "testing", AWS_SECRET_ACCESS_KEY: "testing" };
  const cli = (...args: string[]) => runCli(project, args, { ...env, HOME: project.dir });

  beforeAll(async () => {
    moto = await startMoto();
    ec2 = new EC2Client({ region: REGION, endpoint: moto.endpoint, credentials: CREDENTIALS });
    tf = terraformDir({ "main.tf": mainTf });
    tf.run("init", "-input=false");
    tf.run("apply", "-input=false", "-auto-approve", "-var", `endpoint=${moto.endpoint}`);
    project = makeProject({
      config: `providers:\n  default: aws\n  aws:\n    endpoint: ${moto.endpoint}\n    wait_timeout_seconds: 60\n`,
    });
  }, 300_000);

  afterAll(async () => {
    project?.cleanup();
    if (tf) rmSync(tf.dir, { recursive: true, force: true });
    ec2?.destroy();
    await moto?.stop();
  });

  const instances = async () =>
    ((await ec2.send(new DescribeInstancesCommand({}))).Reservations ?? [])
      .flatMap((r) => r.Instances ?? [])
      .filter((i) => i.State?.Name !== "terminated")
      .map((i) => ({
        id: i.InstanceId!,
        type: i.InstanceType,
        tags: Object.fromEntries((i.Tags ?? []).map((t) => [t.Key, t.Value])),
      }))
      .sort((a, b) => a.id.localeCompare(b.id));

  it("imports the state, adopts with an approved plan, then manages the resources", async () => {
    const state = join(tf.dir, "terraform.tfstate");
    const imported = await cli("import", "terraform", "--state", state, "--environment", "legacy");
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain("Imported 5 resource(s):");
    const before = await instances();
    expect(before).toHaveLength(2);
    const vpcsBefore = (await ec2.send(new DescribeVpcsCommand({}))).Vpcs!.length;

    // Absolute: `plan --out` and `apply --plan` resolve against the process's directory.
    const planFile = join(project.dir, "plan.json");
    const plan = await cli("plan", "legacy", "--out", planFile);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain("Plan: 0 to add, 6 to change, 0 to destroy.");
    expect(plan.stdout.match(/will be adopted \(ownership tags added, nothing else changes\)/g)).toHaveLength(
      6,
    );
    expect(plan.stdout).not.toMatch(/will be created|must be replaced|will be destroyed|updated in-place/);

    const apply = await cli("apply", "legacy", "--plan", planFile, "--yes");
    expect(apply.stderr).not.toMatch(/Internal error/);
    expect(apply.code).toBe(0);
    expect(apply.stdout).toContain("Apply complete! Resources: 0 added, 6 changed, 0 destroyed.");

    // The same instances, now carrying the ownership tags beside the user's; nothing new made.
    const after = await instances();
    expect(after.map((i) => i.id)).toEqual(before.map((i) => i.id));
    for (const i of after) {
      expect(i.tags).toMatchObject({
        team: "platform",
        "plagentic:environment": "legacy",
        "plagentic:repository": "local",
      });
      expect(i.tags["plagentic:address"]).toMatch(/^aws_instance\.web\[[01]\]$/);
    }
    expect((await ec2.send(new DescribeVpcsCommand({}))).Vpcs!.length).toBe(vpcsBefore);
    const subnets = (
      await ec2.send(
        new DescribeSubnetsCommand({ Filters: [{ Name: "tag:plagentic:environment", Values: ["legacy"] }] }),
      )
    ).Subnets!;
    expect(subnets.map((s) => s.CidrBlock).sort()).toEqual(["10.60.1.0/24", "10.60.2.0/24"]);

    const clean = await cli("plan", "legacy", "--detailed-exitcode");
    expect(clean.stdout).toContain("No changes.");
    expect(clean.code).toBe(0);

    // Managed like any other: an edit is an in-place update of the same instances.
    const specPath = join(project.dir, "environments", "legacy.yaml");
    writeFileSync(
      specPath,
      readFileSync(specPath, "utf8").replace("instance_type: t3.micro", "instance_type: t3.small"),
    );
    const editFile = join(project.dir, "edit.json");
    const edit = await cli("plan", "legacy", "--out", editFile);
    expect(edit.stdout).toContain("Plan: 0 to add, 2 to change, 0 to destroy.");
    expect(edit.stdout).toContain('instance_type               = "t3.micro" -> "t3.small"');
    const applied = await cli("apply", "legacy", "--plan", editFile, "--yes");
    expect(applied.code).toBe(0);
    const resized = await instances();
    expect(resized.map((i) => [i.id, i.type])).toEqual(before.map((i) => [i.id, "t3.small"]));
  }, 300_000);

  it("refuses to adopt a resource another repository owns", async () => {
    const vpc = await ec2.send(
      new CreateVpcCommand({
        CidrBlock: "10.61.0.0/16",
        TagSpecifications: [{ ResourceType: "vpc", Tags: foreignTags("legacy-other", "aws_vpc.main") }],
      }),
    );
    const id = vpc.Vpc!.VpcId!;
    project.writeEnv(
      "other",
      `environment: other\nprovider: aws\nregion: ${REGION}\nresources:\n  - type: aws_vpc\n    name: main\n    import_id: ${id}\n    properties: { cidr_block: 10.61.0.0/16 }\n`,
    );
    const plan = await cli("plan", "other");
    expect(plan.code).toBe(1);
    expect(plan.stderr).toContain(
      `aws_vpc.main: ${id} belongs to environment legacy-other of mallory/tools; Plagentic never takes over another owner's resource`,
    );
    const [still] = (await ec2.send(new DescribeVpcsCommand({ VpcIds: [id] }))).Vpcs!;
    expect(Object.fromEntries(still!.Tags!.map((t) => [t.Key, t.Value]))["plagentic:repository"]).toBe(
      "mallory/tools",
    );
  }, 120_000);
});
