/**
 * The AWS provider against moto_server through the real engine: apply, re-plan clean, drift made
 * behind Plagentic's back, destroy leaves nothing tagged.
 */
import {
  DescribeInstancesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVpcsCommand,
  EC2Client,
  ModifyInstanceAttributeCommand,
  StopInstancesCommand,
} from "@aws-sdk/client-ec2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPriceCatalog } from "../../../src/cost/index.js";
import { applyPlan } from "../../../src/plan/apply.js";
import { detectDrift } from "../../../src/plan/drift.js";
import { createPlan } from "../../../src/plan/engine.js";
import { createAwsProviderWith } from "../../../src/providers/aws/index.js";
import {
  OWNER_TAG_ENVIRONMENT,
  OWNER_TAG_REPOSITORY,
  type EnvironmentIdentity,
  type Provider,
} from "../../../src/providers/provider.js";
import { parseEnvironment } from "../../../src/spec/parse.js";
import { motoAvailable, startMoto, type Moto } from "./moto.js";

const SPEC = `
environment: moto-staging
provider: aws
region: us-east-1
tags: { team: payments }
resources:
  - type: aws_vpc
    name: main
    properties: { cidr_block: 10.0.0.0/16, enable_dns_hostnames: true }
  - type: aws_subnet
    name: a
    properties: { vpc: ref(aws_vpc.main), cidr_block: 10.0.1.0/24, availability_zone: us-east-1a }
  - type: aws_subnet
    name: b
    properties: { vpc: ref(aws_vpc.main), cidr_block: 10.0.2.0/24, map_public_ip_on_launch: true }
  - type: aws_security_group
    name: web
    properties:
      vpc: ref(aws_vpc.main)
      ingress:
        - { from_port: 443, to_port: 443, protocol: tcp, cidr_blocks: ["0.0.0.0/0"], description: https }
  - type: aws_instance
    name: web
    count: 3
    tags: { role: web }
    properties:
      instance_type: t3.micro
      ami: ami-0abcdef1234567890
      subnet: ref(aws_subnet.a)
      security_groups: [ref(aws_security_group.web)]
`;

const available = motoAvailable();
if (!available && process.env.CI === "true") {
  describe("AWS provider against moto", () => {
    it("needs moto_server", () => {
      throw new Error("moto_server is not installed, and CI=true: the AWS integration test must run in CI");
    });
  });
} else if (!available) {
  console.warn(
    "SKIPPED: AWS provider against moto — moto_server is not installed (pip install 'moto[server]')",
  );
}

describe.runIf(available)("AWS provider against moto", () => {
  let moto: Moto;
  let provider: Provider;
  let ec2: EC2Client;
  const env = parseEnvironment(SPEC, "environments/moto-staging.yaml");
  const catalog = loadPriceCatalog();
  const identity: EnvironmentIdentity = { repository: "octo/payments", sharedWith: [] };
  const inputs = () => ({ env, provider, catalog, policies: {}, identity });
  const credentials = { accessKeyId: "testing", secretAccessKey: "testing" };
  const tagFilter = [{ Name: `tag:${OWNER_TAG_ENVIRONMENT}`, Values: ["moto-staging"] }];

  beforeAll(async () => {
    moto = await startMoto();
    provider = createAwsProviderWith(
      {
        settings: { default: "aws" },
        env: {
          AWS_ACCESS_KEY_ID: "testing",
          AWS_SECRET_ACCESS_KEY: "testing",
          AWS_ENDPOINT_URL: moto.endpoint,
        },
      },
      { maxAttempts: 2, pollIntervalMs: 20, timeoutMs: 15_000 },
    );
    ec2 = new EC2Client({ region: "us-east-1", endpoint: moto.endpoint, credentials, maxAttempts: 1 });
  }, 30_000);

  afterAll(async () => {
    await provider?.close?.();
    ec2?.destroy();
    await moto?.stop();
  });

  it("finds its earlier attempt at a VPC, subnet or group by the token tag instead of creating another", async () => {
    const target = { environment: "moto-retry", repository: "octo/payments", region: "us-east-1" };
    const op = { target, tags: {}, token: "5b1c7e3a-0d2f-8a4b-9c6d-7e8f9a0b1c2d" };
    const vpc = await provider.create({
      ...op,
      address: "aws_vpc.main",
      type: "aws_vpc",
      attributes: { cidr_block: "10.9.0.0/16" },
    });
    const again = await provider.create({
      ...op,
      address: "aws_vpc.main",
      type: "aws_vpc",
      attributes: { cidr_block: "10.9.0.0/16" },
    });
    expect(again.id).toBe(vpc.id);
    const sgOp = {
      ...op,
      address: "aws_security_group.db",
      type: "aws_security_group",
      attributes: { vpc: vpc.id, description: "Managed by Plagentic", ingress: [], egress: [] },
    };
    const sg = await provider.create(sgOp);
    expect((await provider.create(sgOp)).id).toBe(sg.id);
    const live = await provider.readLive(target);
    expect(live.map((r) => r.address)).toEqual(["aws_security_group.db", "aws_vpc.main"]);
    for (const r of [sg, vpc]) await provider.delete(target, r);
    expect(await provider.readLive(target)).toEqual([]);
  });

  it("applies, re-plans clean, reports drift and destroys everything it tagged", async () => {
    const first = await createPlan(inputs());
    expect(first.plan.summary).toEqual({ add: 7, change: 0, destroy: 0 });
    expect(first.plan.unsupported).toEqual([]);

    const applied = await applyPlan({ ...inputs(), expectedHash: first.plan.hash });
    expect(applied.result.results.filter((r) => r.status !== "created")).toEqual([]);
    expect(applied.result.ok).toBe(true);

    const live = await provider.readLive({
      environment: "moto-staging",
      repository: "octo/payments",
      region: "us-east-1",
    });
    const web0 = live.find((r) => r.address === "aws_instance.web[0]")!;
    expect(web0.id).toMatch(/^i-/);
    expect(web0.tags).toEqual({ team: "payments", role: "web" });
    const sg = live.find((r) => r.address === "aws_security_group.web")!;
    expect(sg.attributes["egress"]).toEqual([]);
    expect(sg.attributes["ingress"]).toEqual([
      {
        from_port: 443,
        to_port: 443,
        protocol: "tcp",
        cidr_blocks: ["0.0.0.0/0"],
        ipv6_cidr_blocks: [],
        description: "https",
      },
    ]);

    const again = await createPlan(inputs());
    expect(
      again.plan.changes.map((c) => `${c.action} ${c.address} ${c.changedAttributes.join(",")}`),
    ).toEqual([]);

    // Someone resizes an instance in the console.
    await ec2.send(new StopInstancesCommand({ InstanceIds: [web0.id] }));
    await ec2.send(
      new ModifyInstanceAttributeCommand({ InstanceId: web0.id, InstanceType: { Value: "t3.large" } }),
    );
    const drift = await detectDrift(env, provider, identity);
    expect(drift.items).toEqual([
      {
        address: "aws_instance.web[0]",
        type: "aws_instance",
        kind: "changed",
        id: web0.id,
        differences: [{ attribute: "instance_type", expected: "t3.micro", actual: "t3.large" }],
      },
    ]);

    // Apply converges it back, and a changed spec updates rules and tags in place.
    const fix = await createPlan(inputs());
    expect(fix.plan.changes.map((c) => `${c.action} ${c.address}`)).toEqual(["update aws_instance.web[0]"]);
    expect((await applyPlan({ ...inputs(), expectedHash: fix.plan.hash })).result.ok).toBe(true);
    const edited = parseEnvironment(
      SPEC.replace("from_port: 443, to_port: 443", "from_port: 8443, to_port: 8443").replace(
        "role: web",
        "role: frontend",
      ),
      "environments/moto-staging.yaml",
    );
    const change = await createPlan({ ...inputs(), env: edited });
    expect(
      change.plan.changes.map((c) => `${c.action} ${c.address} ${c.changedAttributes.join(",")}`),
    ).toEqual([
      "update aws_security_group.web ingress",
      "update aws_instance.web[0] tags",
      "update aws_instance.web[1] tags",
      "update aws_instance.web[2] tags",
    ]);
    expect((await applyPlan({ ...inputs(), env: edited, expectedHash: change.plan.hash })).result.ok).toBe(
      true,
    );
    expect((await createPlan({ ...inputs(), env: edited })).plan.changes).toEqual([]);

    const destroy = await createPlan({ ...inputs(), destroy: true });
    expect(destroy.plan.summary).toEqual({ add: 0, change: 0, destroy: 7 });
    const gone = await applyPlan({ ...inputs(), destroy: true, expectedHash: destroy.plan.hash });
    expect(gone.result.results.filter((r) => r.status !== "deleted")).toEqual([]);

    const instances = await ec2.send(
      new DescribeInstancesCommand({
        Filters: [
          ...tagFilter,
          { Name: "instance-state-name", Values: ["pending", "running", "stopping", "stopped"] },
        ],
      }),
    );
    expect(instances.Reservations ?? []).toEqual([]);
    expect((await ec2.send(new DescribeVpcsCommand({ Filters: tagFilter }))).Vpcs ?? []).toEqual([]);
    expect((await ec2.send(new DescribeSubnetsCommand({ Filters: tagFilter }))).Subnets ?? []).toEqual([]);
    expect(
      (await ec2.send(new DescribeSecurityGroupsCommand({ Filters: tagFilter }))).SecurityGroups ?? [],
    ).toEqual([]);
    expect(
      await provider.readLive({
        environment: "moto-staging",
        repository: "octo/payments",
        region: "us-east-1",
      }),
    ).toEqual([]);
  });
  it("another repository's empty spec for the same environment name plans and deletes nothing", async () => {
    const network = parseEnvironment(
      `
environment: moto-shared-name
provider: aws
region: us-east-1
resources:
  - type: aws_vpc
    name: main
    properties: { cidr_block: 10.20.0.0/16 }
  - type: aws_subnet
    name: a
    properties: { vpc: ref(aws_vpc.main), cidr_block: 10.20.1.0/24, availability_zone: us-east-1a }
`,
      "environments/moto-shared-name.yaml",
    );
    const empty = parseEnvironment(
      "environment: moto-shared-name\nprovider: aws\nregion: us-east-1\nresources: []\n",
      "environments/moto-shared-name.yaml",
    );
    const repoA: EnvironmentIdentity = { repository: "octo/payments", sharedWith: [] };
    const repoB: EnvironmentIdentity = { repository: "mallory/tools", sharedWith: [] };
    const base = { provider, catalog, policies: {} };

    const made = await createPlan({ ...base, env: network, identity: repoA });
    const applied = await applyPlan({ ...base, env: network, identity: repoA, expectedHash: made.plan.hash });
    expect(applied.result.ok).toBe(true);
    const filter = [{ Name: `tag:${OWNER_TAG_ENVIRONMENT}`, Values: ["moto-shared-name"] }];
    const vpcs = (await ec2.send(new DescribeVpcsCommand({ Filters: filter }))).Vpcs ?? [];
    const subnets = (await ec2.send(new DescribeSubnetsCommand({ Filters: filter }))).Subnets ?? [];
    expect(vpcs).toHaveLength(1);
    expect(subnets).toHaveLength(1);
    expect(vpcs[0]!.Tags).toContainEqual({ Key: OWNER_TAG_REPOSITORY, Value: "octo/payments" });

    // Writers of repository B plan and apply an empty spec, and a destroy, for the same name.
    const theirs = await createPlan({ ...base, env: empty, identity: repoB });
    expect(theirs.plan.changes).toEqual([]);
    expect(theirs.plan.summary.destroy).toBe(0);
    const applyB = await applyPlan({ ...base, env: empty, identity: repoB, expectedHash: theirs.plan.hash });
    expect(applyB.result.results).toEqual([]);
    const destroyB = await createPlan({ ...base, env: empty, identity: repoB, destroy: true });
    expect(destroyB.plan.changes).toEqual([]);
    const targetB = { environment: "moto-shared-name", repository: "mallory/tools", region: "us-east-1" };
    expect(await provider.readLive(targetB)).toEqual([]);
    const refused = await provider
      .delete(targetB, { id: subnets[0]!.SubnetId!, address: "aws_subnet.a", type: "aws_subnet" })
      .then(
        () => undefined,
        (e: unknown) => e as { code?: string },
      );
    expect(refused?.code).toBe("NotOwned");

    // A's VPC and subnet are still there, and A's plan is still clean.
    expect((await ec2.send(new DescribeVpcsCommand({ VpcIds: [vpcs[0]!.VpcId!] }))).Vpcs).toHaveLength(1);
    expect(
      (await ec2.send(new DescribeSubnetsCommand({ SubnetIds: [subnets[0]!.SubnetId!] }))).Subnets,
    ).toHaveLength(1);
    expect((await createPlan({ ...base, env: network, identity: repoA })).plan.changes).toEqual([]);

    const destroyA = await createPlan({ ...base, env: network, identity: repoA, destroy: true });
    expect(destroyA.plan.summary.destroy).toBe(2);
    const gone = await applyPlan({
      ...base,
      env: network,
      identity: repoA,
      destroy: true,
      expectedHash: destroyA.plan.hash,
    });
    expect(gone.result.ok).toBe(true);
  });
  it("sends, reads back and changes an instance's metadata options (IMDSv2)", async () => {
    const spec = (tokens: string) =>
      parseEnvironment(
        `environment: moto-imds
provider: aws
region: us-east-1
resources:
  - type: aws_instance
    name: app
    properties:
      instance_type: t3.micro
      ami: ami-0abcdef1234567890
      metadata_options: { http_tokens: ${tokens} }
`,
        "environments/moto-imds.yaml",
      );
    const imds = (env: ReturnType<typeof spec>) => ({ env, provider, catalog, policies: {}, identity });
    const first = await createPlan(imds(spec("required")));
    expect((await applyPlan({ ...imds(spec("required")), expectedHash: first.plan.hash })).result.ok).toBe(
      true,
    );
    const target = { environment: "moto-imds", repository: "octo/payments", region: "us-east-1" };
    const [app] = await provider.readLive(target);
    expect(app!.attributes["metadata_options"]).toEqual({ http_tokens: "required" });
    expect((await createPlan(imds(spec("required")))).plan.changes).toEqual([]);

    const loosen = await createPlan(imds(spec("optional")));
    expect(loosen.plan.changes.map((c) => `${c.action} ${c.changedAttributes.join(",")}`)).toEqual([
      "update metadata_options",
    ]);
    expect((await applyPlan({ ...imds(spec("optional")), expectedHash: loosen.plan.hash })).result.ok).toBe(
      true,
    );
    const described = await ec2.send(new DescribeInstancesCommand({ InstanceIds: [app!.id] }));
    expect(described.Reservations?.[0]?.Instances?.[0]?.MetadataOptions?.HttpTokens).toBe("optional");
    expect((await createPlan(imds(spec("optional")))).plan.changes).toEqual([]);

    const destroy = await createPlan({ ...imds(spec("optional")), destroy: true });
    expect(
      (await applyPlan({ ...imds(spec("optional")), destroy: true, expectedHash: destroy.plan.hash })).result
        .ok,
    ).toBe(true);
  });
});
