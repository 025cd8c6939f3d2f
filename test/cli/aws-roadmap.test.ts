/**
 * Issue 11's acceptance run, as a user runs it: the `plagentic` binary against moto, with a spec
 * that holds every AWS roadmap service (a VPC, subnets, a security group, an RDS Postgres, a Lambda
 * function from a zip in the repository, an EKS cluster with a node group and a load balancer). It
 * plans, applies, re-plans clean, reports drift made behind its back, and destroys everything.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DescribeDBInstancesCommand, DescribeDBSnapshotsCommand, RDSClient } from "@aws-sdk/client-rds";
import {
  LambdaClient,
  ListFunctionsCommand,
  UpdateFunctionConfigurationCommand,
} from "@aws-sdk/client-lambda";
import { DescribeClusterCommand, EKSClient, ListClustersCommand } from "@aws-sdk/client-eks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeProject, type TestProject } from "../helpers/project.js";
import { createMotoRole, storedZip } from "../providers/aws/lambda-fixtures.js";
import { startMoto, type Moto } from "../providers/aws/moto.js";
import { motoOrSkip } from "../providers/aws/moto-provider.js";

const bin = new URL("../../bin/plagentic.js", import.meta.url).pathname;
const SUITE = "plagentic against moto with every AWS roadmap service";
const available = motoOrSkip(SUITE);
const credentials = { accessKeyId: "testing", secretAccessKey: "testing" };

function spec(roles: { lambda: string; cluster: string; nodes: string }): string {
  return `environment: roadmap
provider: aws
region: us-east-1
tags: { team: platform }
resources:
  - type: aws_vpc
    name: main
    properties: { cidr_block: 10.40.0.0/16 }
  - type: aws_subnet
    name: a
    properties: { vpc: ref(aws_vpc.main), cidr_block: 10.40.1.0/24, availability_zone: us-east-1a }
  - type: aws_subnet
    name: b
    properties: { vpc: ref(aws_vpc.main), cidr_block: 10.40.2.0/24, availability_zone: us-east-1b }
  - type: aws_security_group
    name: web
    properties:
      vpc: ref(aws_vpc.main)
      description: HTTPS from the VPC
      ingress: [{ from_port: 443, to_port: 443, protocol: tcp, cidr_blocks: ["10.40.0.0/16"] }]
      egress: [{ from_port: 0, to_port: 0, protocol: "-1", cidr_blocks: ["0.0.0.0/0"] }]
  - type: aws_db_instance
    name: orders
    properties:
      engine: postgres
      instance_class: db.t3.micro
      allocated_storage: 20
      storage_encrypted: true
      vpc_security_groups: [ref(aws_security_group.web)]
  - type: aws_lambda_function
    name: api
    properties:
      role: ${roles.lambda}
      runtime: nodejs20.x
      handler: index.handler
      filename: functions/api.zip
  - type: aws_eks_cluster
    name: main
    properties:
      role_arn: ${roles.cluster}
      subnets: [ref(aws_subnet.a), ref(aws_subnet.b)]
  - type: aws_eks_node_group
    name: workers
    properties:
      cluster: ref(aws_eks_cluster.main)
      node_role_arn: ${roles.nodes}
      subnets: [ref(aws_subnet.a), ref(aws_subnet.b)]
      scaling_config: { desired_size: 2, min_size: 1, max_size: 3 }
  - type: aws_lb
    name: web
    properties:
      subnets: [ref(aws_subnet.a), ref(aws_subnet.b)]
      security_groups: [ref(aws_security_group.web)]
`;
}

describe.runIf(available)(SUITE, () => {
  let moto: Moto;
  let project: TestProject;
  let env: Record<string, string>;

  beforeAll(async () => {
    moto = await startMoto();
    project = makeProject({
      config: `providers:\n  default: aws\n  aws:\n    endpoint: ${moto.endpoint}\n    wait_timeout_seconds: 60\n`,
    });
    mkdirSync(join(project.dir, "functions"));
    writeFileSync(join(project.dir, "functions", "api.zip"), storedZip("index.js", "exports.handler = 1;\n"));
    const roles = {
      lambda: await createMotoRole(moto.endpoint, "api-lambda"),
      cluster: await createMotoRole(moto.endpoint, "eks-cluster"),
      nodes: await createMotoRole(moto.endpoint, "eks-nodes"),
    };
    project.writeEnv("roadmap", spec(roles));
    env = {
      PATH: process.env["PATH"] ?? "",
      HOME: project.dir,
      AWS_ACCESS_KEY_ID: credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    };
  }, 60_000);

  afterAll(async () => {
    project?.cleanup();
    await moto?.stop();
  });

  function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
    const r = spawnSync(process.execPath, [bin, ...args], {
      cwd: project.dir,
      encoding: "utf8",
      timeout: 120_000,
      env,
    });
    if (process.env["PLAGENTIC_SHOW_ACCEPTANCE"]) {
      process.stderr.write(`\n$ plagentic ${args.join(" ")}  (exit ${r.status})\n${r.stdout}${r.stderr}`);
    }
    return r;
  }

  const client = <T>(make: (config: object) => T): T =>
    make({ region: "us-east-1", endpoint: moto.endpoint, credentials });

  it("plans, applies, re-plans clean, reports drift and destroys everything", async () => {
    const plan = cli("plan", "roadmap", "--out", "plan.json");
    expect(plan.stderr).not.toMatch(/Internal error|a bug in plagentic/);
    expect(plan.stdout).toContain("Plan: 9 to add, 0 to change, 0 to destroy.");
    expect(plan.stdout).not.toMatch(/unsupported/i);
    expect(plan.status).toBe(0);

    const apply = cli("apply", "roadmap", "--plan", "plan.json", "--yes");
    expect(apply.stderr).not.toMatch(/Internal error|a bug in plagentic/);
    expect(apply.status).toBe(0);

    const clean = cli("plan", "roadmap", "--detailed-exitcode");
    expect(clean.stdout).toContain("No changes.");
    expect(clean.status).toBe(0);

    // What moto holds: a database whose password RDS keeps, an ACTIVE cluster, the zip's code.
    const rds = client((c) => new RDSClient(c));
    const [db] = (await rds.send(new DescribeDBInstancesCommand({}))).DBInstances ?? [];
    expect(db?.MasterUserSecret?.SecretArn).toMatch(/^arn:aws:secretsmanager:/);
    const eks = client((c) => new EKSClient(c));
    const [clusterName] = (await eks.send(new ListClustersCommand({}))).clusters ?? [];
    expect((await eks.send(new DescribeClusterCommand({ name: clusterName! }))).cluster?.status).toBe(
      "ACTIVE",
    );
    const lambda = client((c) => new LambdaClient(c));
    const [fn] = (await lambda.send(new ListFunctionsCommand({}))).Functions ?? [];
    expect(fn?.CodeSha256).toBe(
      createHash("sha256")
        .update(readFileSync(join(project.dir, "functions", "api.zip")))
        .digest("base64"),
    );

    // Drift behind Plagentic's back: the function's memory.
    await lambda.send(
      new UpdateFunctionConfigurationCommand({ FunctionName: fn!.FunctionName!, MemorySize: 512 }),
    );
    const drift = cli("drift", "roadmap", "--detailed-exitcode");
    expect(drift.status).toBe(2);
    expect(drift.stdout).toContain("aws_lambda_function.api");
    expect(drift.stdout).toMatch(/memory_size/);

    const destroyPlan = cli("plan", "roadmap", "--destroy", "--out", "destroy.json");
    expect(destroyPlan.stdout).toContain("Plan: 0 to add, 0 to change, 9 to destroy.");
    const destroy = cli("apply", "roadmap", "--destroy", "--plan", "destroy.json", "--yes");
    expect(destroy.stderr).not.toMatch(/Internal error|a bug in plagentic/);
    expect(destroy.status).toBe(0);

    const after = cli("plan", "roadmap", "--destroy", "--detailed-exitcode");
    expect(after.stdout).toContain("No changes.");
    expect((await rds.send(new DescribeDBInstancesCommand({}))).DBInstances ?? []).toEqual([]);
    // The spec left skip_final_snapshot out, so the database's final snapshot was taken.
    const snapshots = (await rds.send(new DescribeDBSnapshotsCommand({}))).DBSnapshots ?? [];
    expect(snapshots.map((s) => s.DBSnapshotIdentifier)).toEqual([`${db!.DBInstanceIdentifier}-final`]);
    expect((await eks.send(new ListClustersCommand({}))).clusters ?? []).toEqual([]);
    expect((await lambda.send(new ListFunctionsCommand({}))).Functions ?? []).toEqual([]);
  }, 600_000);
});
