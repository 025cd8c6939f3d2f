/**
 * The AWS provider against a nock EC2 fake: idempotent launches, retries with a bound, and reads
 * whose call count grows with pages, not resources.
 */
import { ConfiguredRetryStrategy } from "@smithy/util-retry";
import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAwsProviderWith, type AwsProviderOptions } from "../../../src/providers/aws/index.js";
import { noOtherServices } from "./no-other-services.js";
import {
  ProviderOperationError,
  type Provider,
  type ResourceOperation,
} from "../../../src/providers/provider.js";
import { FakeEc2, ownerTags, REPOSITORY, runningInstances } from "./fake-ec2.js";
import { AWS_HANDLERS } from "../../../src/providers/aws/resources/index.js";
import { countReadCalls, countSpecReadCalls } from "./read-calls.js";

const target = { environment: "staging", repository: REPOSITORY, region: "us-east-1" };

describe("AWS provider over the EC2 Query protocol", () => {
  let fake: FakeEc2;
  let provider: Provider;
  const progress: string[] = [];

  function make(options: AwsProviderOptions = { maxAttempts: 1 }): Provider {
    return createAwsProviderWith(
      {
        settings: { default: "aws" },
        env: {
          AWS_ACCESS_KEY_ID: "AKIDEXAMPLE",
          AWS_SECRET_ACCESS_KEY: "secret",
          AWS_ENDPOINT_URL: fake.endpoint,
        },
        progress: (line) => progress.push(line),
      },
      { pollIntervalMs: 0, sleep: async () => {}, clients: noOtherServices, ...options },
    );
  }

  beforeEach(() => {
    nock.disableNetConnect();
    fake = new FakeEc2();
    fake.install();
    provider = make();
    progress.length = 0;
  });

  afterEach(async () => {
    await provider.close?.();
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it("launches once for a repeated RunInstances with the same idempotency token", async () => {
    const op: ResourceOperation = {
      target,
      address: "aws_instance.web[0]",
      type: "aws_instance",
      attributes: {
        instance_type: "t3.micro",
        ami: "ami-0abcdef1234567890",
        subnet: "subnet-1",
        security_groups: ["sg-1"],
        associate_public_ip_address: false,
      },
      tags: { team: "payments" },
      token: "0f1e2d3c-4b5a-8978-9a0b-1c2d3e4f5a6b",
    };
    const first = await provider.create(op);
    // A crash after the launch, then the retried apply sends the same token.
    const second = await provider.create(op);

    const runs = fake.calls.filter((c) => c.action === "RunInstances");
    expect(runs.map((c) => c.params.get("ClientToken"))).toEqual([op.token, op.token]);
    expect(second.id).toBe(first.id);
    expect(fake.instances).toHaveLength(1);
    expect(first).toMatchObject({
      address: "aws_instance.web[0]",
      type: "aws_instance",
      tags: { team: "payments" },
      attributes: { instance_type: "t3.micro", subnet: "subnet-1", security_groups: ["sg-1"] },
    });
    // Ownership tags travel with the launch itself, so the instance is never untagged.
    const p = runs[0]!.params;
    expect(p.get("TagSpecification.1.ResourceType")).toBe("instance");
    const keys = [...p.entries()]
      .filter(([k]) => /^TagSpecification\.1\.Tag\.\d+\.Key$/.test(k))
      .map(([, v]) => v);
    expect(keys).toEqual(
      expect.arrayContaining(["plagentic:environment", "plagentic:repository", "plagentic:address", "team"]),
    );
    expect(progress.some((l) => l.includes("waiting for"))).toBe(true);
  });

  it("changes an instance's type by stopping, modifying and starting it", async () => {
    fake.instances = runningInstances("staging", 1);
    const id = fake.instances[0]!.id;
    const updated = await provider.update({
      target,
      id,
      address: "aws_instance.web[0]",
      type: "aws_instance",
      attributes: {
        instance_type: "t3.small",
        ami: "ami-0abcdef1234567890",
        subnet: "subnet-1",
        security_groups: ["sg-1"],
      },
      tags: {},
      token: "t-update",
    });
    expect(updated.attributes["instance_type"]).toBe("t3.small");
    const steps = fake.calls
      .map((c) => c.action)
      .filter((a) => /Instances$|Attribute$/.test(a) && a !== "DescribeInstances");
    expect(steps).toEqual(["StopInstances", "ModifyInstanceAttribute", "StartInstances"]);
    expect(
      fake.calls.find((c) => c.action === "ModifyInstanceAttribute")!.params.get("InstanceType.Value"),
    ).toBe("t3.small");
    expect(fake.instances[0]!.state).toBe("running");
  });

  it("deletes idempotently and never touches another environment's instance", async () => {
    await provider.delete(target, { id: "i-0gone", address: "aws_instance.web[0]", type: "aws_instance" });
    expect(fake.count("TerminateInstances")).toBe(0);

    fake.instances = runningInstances("production", 1);
    const id = fake.instances[0]!.id;
    const err = await provider
      .delete(target, { id, address: "aws_instance.web[0]", type: "aws_instance" })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect((err as ProviderOperationError).code).toBe("NotOwned");
    expect(fake.count("TerminateInstances")).toBe(0);

    await provider.delete(
      { ...target, environment: "production" },
      { id, address: "aws_instance.web[0]", type: "aws_instance" },
    );
    expect(fake.instances[0]!.state).toBe("terminated");
  });

  it("retries throttling and succeeds within the bound", async () => {
    provider = make({ retryStrategy: new ConfiguredRetryStrategy(3, () => 0) });
    fake.vpcs = [{ id: "vpc-1", tags: ownerTags("staging", "aws_vpc.main") }];
    fake.failures.set("DescribeVpcs", [
      { status: 400, code: "Throttling" },
      { status: 503, code: "RequestLimitExceeded" },
    ]);
    const live = await provider.readLive(target);
    expect(live.map((r) => r.address)).toEqual(["aws_vpc.main"]);
    expect(fake.count("DescribeVpcs")).toBe(3);
  });

  it("gives up after its bound with a clear error", async () => {
    provider = make({ retryStrategy: new ConfiguredRetryStrategy(3, () => 0) });
    fake.failures.set(
      "DescribeVpcs",
      Array.from({ length: 10 }, () => ({ status: 400, code: "Throttling" })),
    );
    const err = await provider.readLive(target).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ProviderOperationError);
    expect((err as ProviderOperationError).code).toBe("Throttling");
    expect((err as Error).message).toMatch(/^reading VPCs: gave up after 3 attempts: Throttling/);
    expect(fake.count("DescribeVpcs")).toBe(3);
  });

  it("reports a client error with its AWS code and no retry", async () => {
    provider = make({ retryStrategy: new ConfiguredRetryStrategy(3, () => 0) });
    fake.failures.set("RunInstances", [{ status: 400, code: "InvalidParameterValue" }]);
    const err = await provider
      .create({
        target,
        address: "aws_instance.x",
        type: "aws_instance",
        attributes: { instance_type: "t3.nope", ami: "ami-0abcdef1234567890", security_groups: [] },
        tags: {},
        token: "t-1",
      })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(err).toBeInstanceOf(ProviderOperationError);
    expect((err as ProviderOperationError).code).toBe("InvalidParameterValue");
    expect((err as Error).message).not.toMatch(/gave up/);
    expect((err as Error).message).not.toContain("secret");
    expect(fake.count("RunInstances")).toBe(1);
  });

  it("reads 2,500 instances in 3 DescribeInstances calls of 1,000", async () => {
    fake.instances = runningInstances("staging", 2500);
    const live = await provider.readLive(target);
    expect(live).toHaveLength(2500);
    const reads = fake.calls.filter((c) => c.action === "DescribeInstances");
    expect(reads).toHaveLength(3);
    expect(reads.map((c) => c.params.get("MaxResults"))).toEqual(["1000", "1000", "1000"]);
    expect(reads.map((c) => c.params.get("NextToken"))).toEqual([null, "1000", "2000"]);
    // Server-side filters: the environment's tag and live states only.
    const p = reads[0]!.params;
    expect(p.get("Filter.1.Name")).toBe("tag:plagentic:environment");
    expect(p.get("Filter.1.Value.1")).toBe("staging");
    expect(p.get("Filter.2.Name")).toBe("instance-state-name");
    expect(live[0]).toMatchObject({
      address: "aws_instance.web[0]",
      attributes: { instance_type: "t3.micro", subnet: "subnet-1", security_groups: ["sg-1"] },
    });
    expect(live[0]!.attributes).not.toHaveProperty("root_block_device");
  });

  it("follows NextToken for VPCs, subnets and security groups", async () => {
    fake.pageSize = 2;
    fake.vpcs = Array.from({ length: 5 }, (_, k) => ({
      id: `vpc-${k}`,
      tags: ownerTags("staging", `aws_vpc.v${k}`),
    }));
    fake.subnets = Array.from({ length: 3 }, (_, k) => ({
      id: `subnet-${k}`,
      tags: ownerTags("staging", `aws_subnet.s${k}`),
    }));
    fake.groups = Array.from({ length: 4 }, (_, k) => ({
      id: `sg-${k}`,
      tags: ownerTags("staging", `aws_security_group.g${k}`),
    }));
    // Another environment's resources never show up.
    fake.groups.push({ id: "sg-other", tags: ownerTags("production", "aws_security_group.g0") });
    const live = await provider.readLive(target);
    expect(live.filter((r) => r.type === "aws_vpc")).toHaveLength(5);
    expect(live.filter((r) => r.type === "aws_subnet")).toHaveLength(3);
    expect(live.filter((r) => r.type === "aws_security_group").map((r) => r.id)).toEqual([
      "sg-0",
      "sg-1",
      "sg-2",
      "sg-3",
    ]);
    expect(fake.count("DescribeVpcs")).toBe(3);
    expect(fake.count("DescribeSubnets")).toBe(2);
    expect(fake.count("DescribeSecurityGroups")).toBe(2);
    expect(
      fake.calls.filter((c) => c.action === "DescribeVpcs").map((c) => c.params.get("NextToken")),
    ).toEqual([null, "2", "4"]);
  });

  it("costs a number of read calls that grows with pages, not instances", async () => {
    nock.cleanAll();
    const small = await countReadCalls(10);
    const large = await countReadCalls(5000);
    // One list per type (EKS node groups are listed per cluster, and there is none: 12 calls),
    // plus 2 DNS reads for the one VPC; 5,000 instances add 4 pages of instances. Services beyond
    // EC2 find an empty cloud (otherServices) and count their calls.
    expect(Object.keys(AWS_HANDLERS)).toHaveLength(13);
    expect(small).toBe(14);
    expect(large).toBe(18);
  });

  it("spends calls on the types a spec names and the pages they fill, never on resources", async () => {
    nock.cleanAll();
    const figures = [];
    for (const n of [10, 5000])
      figures.push([await countSpecReadCalls(n, "instances"), await countSpecReadCalls(n, "mixed")]);
    // Instances only: their pages and one GetResources for every type the spec does not name.
    // Every type: as the test above.
    expect(figures).toEqual([
      [1 + 1, 14],
      [5 + 1, 18],
    ]);
  });
});
