/**
 * The review prices a Terraform plan as the estimator prices the equivalent Plagentic spec: the
 * same resources written as a spec and planned on the sandbox give the same monthly figures.
 */
import { afterAll, describe, expect, it } from "vitest";
import { bundledPriceDir, loadPriceCatalog } from "../../src/cost/index.js";
import type { Plan } from "../../src/plan/model.js";
import { reviewTerraformPlanBytes } from "../../src/terraform/index.js";
import { makeProject, runCli } from "../helpers/project.js";
import { fixtureBytes } from "./fixtures.js";

/** config/main.tf of the moto fixtures, as a spec (for_each keys become names). */
function spec(name: string, web: { count: number; type: string }, appAmi: string): string {
  return `
environment: ${name}
provider: sandbox
region: us-east-1
resources:
  - { type: aws_vpc, name: main, properties: { cidr_block: 10.0.0.0/16, enable_dns_hostnames: true } }
  - type: aws_subnet
    name: a
    properties: { vpc: ref(aws_vpc.main), cidr_block: 10.0.1.0/24, availability_zone: us-east-1a }
  - type: aws_subnet
    name: b
    properties: { vpc: ref(aws_vpc.main), cidr_block: 10.0.2.0/24, availability_zone: us-east-1a }
  - type: aws_security_group
    name: ssh
    properties:
      vpc: ref(aws_vpc.main)
      ingress: [{ from_port: 22, to_port: 22, protocol: tcp, cidr_blocks: [0.0.0.0/0] }]
  - type: aws_instance
    name: web
    count: ${web.count}
    properties:
      instance_type: ${web.type}
      ami: ami-1e749f67
      subnet: ref(aws_subnet.a)
      security_groups: [ref(aws_security_group.ssh)]
      root_block_device: { volume_size: 20, volume_type: gp3 }
  - { type: aws_instance, name: app_blue, properties: { instance_type: t3.small, ami: ${appAmi}, subnet: ref(aws_subnet.b) } }
  - { type: aws_instance, name: app_green, properties: { instance_type: t3.small, ami: ${appAmi}, subnet: ref(aws_subnet.b) } }
  - { type: aws_ebs_volume, name: data, properties: { availability_zone: us-east-1a, size: 50, type: gp3 } }
`;
}

/** Terraform's address of each spec address. */
const TERRAFORM_ADDRESS: Record<string, string> = {
  "aws_vpc.main": "aws_vpc.main",
  "aws_subnet.a": 'module.net.aws_subnet.this["a"]',
  "aws_subnet.b": 'module.net.aws_subnet.this["b"]',
  "aws_security_group.ssh": "aws_security_group.ssh",
  "aws_instance.web[0]": "aws_instance.web[0]",
  "aws_instance.web[1]": "aws_instance.web[1]",
  "aws_instance.app_blue": 'aws_instance.app["blue"]',
  "aws_instance.app_green": 'aws_instance.app["green"]',
  "aws_ebs_volume.data": "aws_ebs_volume.data",
};

const catalog = loadPriceCatalog([bundledPriceDir()]);
const project = makeProject({
  envs: {
    created: spec("created", { count: 2, type: "t3.micro" }, "ami-1e749f67"),
    changed: spec("changed", { count: 1, type: "t3.medium" }, "ami-35e92e4c"),
  },
});
afterAll(() => project.cleanup());

async function planOf(name: string): Promise<Plan> {
  const run = await runCli(project, ["plan", name, "--json"]);
  expect(run.stderr).not.toContain("Error");
  return JSON.parse(run.stdout) as Plan;
}

describe("Terraform plan costs", () => {
  it("match the estimator's for the equivalent spec, resource by resource", async () => {
    const plan = await planOf("created");
    const review = reviewTerraformPlanBytes(fixtureBytes("create.json"), { file: "create.json", catalog });
    const reviewed = new Map(review.cost.resources.map((r) => [r.address, r.monthlyAfter]));
    expect(plan.cost.resources).toHaveLength(Object.keys(TERRAFORM_ADDRESS).length);
    for (const r of plan.cost.resources) {
      expect([r.address, reviewed.get(TERRAFORM_ADDRESS[r.address]!)]).toEqual([r.address, r.monthlyAfter]);
    }
    expect(review.cost.monthlyAfter).toBe(plan.cost.monthlyAfter);
    expect(review.cost.monthlyAfter).toBeGreaterThan(0);
  });

  it("match after an update: the resized instance costs what the spec's does", async () => {
    const plan = await planOf("changed");
    const review = reviewTerraformPlanBytes(fixtureBytes("change.json"), { file: "change.json", catalog });
    const web = review.cost.resources.find((r) => r.address === "aws_instance.web[0]")!;
    const spec = plan.cost.resources.find((r) => r.address === "aws_instance.web[0]")!;
    expect(web.monthlyAfter).toBe(spec.monthlyAfter);
    expect(web.monthlyBefore).toBeLessThan(web.monthlyAfter!);
    // The instance the plan deletes costs nothing after.
    const gone = review.cost.resources.find((r) => r.address === "aws_instance.web[1]")!;
    expect(gone.monthlyAfter).toBe(0);
    expect(gone.monthlyBefore).toBeGreaterThan(0);
  });
});
