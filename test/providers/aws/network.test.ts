/**
 * Internet gateways, Elastic IPs, NAT gateways and EBS volumes through the AWS provider against
 * moto_server: create, a retried create with the same token, read back as the spec said, drift
 * made behind Plagentic's back, a resource of another repository refused, delete.
 */
import { randomUUID } from "node:crypto";
import {
  AllocateAddressCommand,
  AssociateAddressCommand,
  CreateInternetGatewayCommand,
  CreateNatGatewayCommand,
  CreateSubnetCommand,
  CreateTagsCommand,
  CreateVolumeCommand,
  CreateVpcCommand,
  DescribeAddressesCommand,
  DescribeInternetGatewaysCommand,
  DescribeNatGatewaysCommand,
  DescribeVolumesCommand,
  DetachInternetGatewayCommand,
  EC2Client,
  ModifyVolumeCommand,
  RunInstancesCommand,
} from "@aws-sdk/client-ec2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TOKEN_TAG } from "../../../src/providers/aws/tags.js";
import type { LiveResource, Provider, ResourceOperation } from "../../../src/providers/provider.js";
import { startMoto, type Moto } from "./moto.js";
import {
  codeOf,
  CREDENTIALS,
  foreignTags,
  motoOrSkip,
  motoProvider,
  REGION,
  target,
} from "./moto-provider.js";

const available = motoOrSkip("AWS network handlers against moto");

describe.runIf(available)("AWS network handlers against moto", () => {
  let moto: Moto;
  let provider: Provider;
  let ec2: EC2Client;
  const progress: string[] = [];

  beforeAll(async () => {
    moto = await startMoto();
    provider = motoProvider(moto.endpoint, (line) => progress.push(line));
    ec2 = new EC2Client({
      region: REGION,
      endpoint: moto.endpoint,
      credentials: CREDENTIALS,
      maxAttempts: 1,
    });
  }, 30_000);

  afterAll(async () => {
    await provider?.close?.();
    ec2?.destroy();
    await moto?.stop();
  });

  const vpc = async (cidr: string): Promise<string> =>
    (await ec2.send(new CreateVpcCommand({ CidrBlock: cidr }))).Vpc!.VpcId!;
  const subnet = async (vpcId: string, cidr: string): Promise<string> =>
    (
      await ec2.send(
        new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: cidr, AvailabilityZone: "us-east-1a" }),
      )
    ).Subnet!.SubnetId!;
  const instance = async (): Promise<string> =>
    (await ec2.send(new RunInstancesCommand({ ImageId: "ami-0abcdef1234567890", MinCount: 1, MaxCount: 1 })))
      .Instances![0]!.InstanceId!;

  function op(environment: string, type: string, name: string, attributes: ResourceOperation["attributes"]) {
    return {
      target: target(environment),
      address: `${type}.${name}`,
      type,
      attributes,
      tags: { team: "net" },
      token: randomUUID(),
    };
  }

  /** The one live resource at `address`. */
  async function liveAt(environment: string, address: string): Promise<LiveResource | undefined> {
    return (await provider.readLive(target(environment))).find((r) => r.address === address);
  }

  /** The SDK error a call fails with, or "ok". */
  async function errorName(p: Promise<unknown>): Promise<string> {
    try {
      await p;
      return "ok";
    } catch (e) {
      return (e as { name?: string }).name ?? String(e);
    }
  }

  /** Update and delete of a resource another repository owns are refused, and it stays. */
  async function expectRefused(o: ReturnType<typeof op>, id: string): Promise<void> {
    expect(await codeOf(provider.update({ ...o, id }))).toBe("NotOwned");
    expect(await codeOf(provider.delete(o.target, { id, address: o.address, type: o.type }))).toBe(
      "NotOwned",
    );
  }

  it("attaches an internet gateway to its VPC, moves it, detaches it before deleting it", async () => {
    const [v1, v2] = [await vpc("10.31.0.0/16"), await vpc("10.32.0.0/16")];
    const o = op("net-igw", "aws_internet_gateway", "main", { vpc: v1 });
    const made = await provider.create(o);
    expect(made).toMatchObject({ address: o.address, attributes: { vpc: v1 }, tags: { team: "net" } });
    expect((await provider.create(o)).id).toBe(made.id);
    const byToken = await ec2.send(
      new DescribeInternetGatewaysCommand({ Filters: [{ Name: `tag:${TOKEN_TAG}`, Values: [o.token] }] }),
    );
    expect(byToken.InternetGateways?.map((g) => g.InternetGatewayId)).toEqual([made.id]);
    expect((await liveAt("net-igw", o.address))?.attributes).toEqual({ vpc: v1 });

    const moved = await provider.update({ ...o, id: made.id, attributes: { vpc: v2 } });
    expect(moved.attributes).toEqual({ vpc: v2 });
    const described = await ec2.send(new DescribeInternetGatewaysCommand({ InternetGatewayIds: [made.id] }));
    expect(described.InternetGateways?.[0]?.Attachments?.map((a) => a.VpcId)).toEqual([v2]);

    // Someone detaches it in the console.
    await ec2.send(new DetachInternetGatewayCommand({ InternetGatewayId: made.id, VpcId: v2 }));
    expect((await liveAt("net-igw", o.address))?.attributes).toEqual({});
    await provider.update({ ...o, id: made.id });

    const { InternetGatewayId: theirs } = (
      await ec2.send(
        new CreateInternetGatewayCommand({
          TagSpecifications: [{ ResourceType: "internet-gateway", Tags: foreignTags("net-igw", o.address) }],
        }),
      )
    ).InternetGateway!;
    await expectRefused(o, theirs!);
    expect((await provider.readLive(target("net-igw"))).map((r) => r.id)).toEqual([made.id]);

    await provider.delete(o.target, { id: made.id, address: o.address, type: o.type });
    expect(await liveAt("net-igw", o.address)).toBeUndefined();
    const left = await ec2.send(
      new DescribeInternetGatewaysCommand({ Filters: [{ Name: "attachment.vpc-id", Values: [v1, v2] }] }),
    );
    expect(left.InternetGateways ?? []).toEqual([]);
  });

  it("allocates an Elastic IP with its tags, associates it, moves it and releases it", async () => {
    const [i1, i2] = [await instance(), await instance()];
    const o = op("net-eip", "aws_eip", "web", { domain: "vpc", instance: i1 });
    const made = await provider.create(o);
    expect(made.id).toMatch(/^eipalloc-/);
    expect(made).toMatchObject({ attributes: { domain: "vpc", instance: i1 }, tags: { team: "net" } });
    expect((await provider.create(o)).id).toBe(made.id);
    const byToken = await ec2.send(
      new DescribeAddressesCommand({ Filters: [{ Name: `tag:${TOKEN_TAG}`, Values: [o.token] }] }),
    );
    expect(byToken.Addresses?.map((a) => a.AllocationId)).toEqual([made.id]);

    expect(
      (await provider.update({ ...o, id: made.id, attributes: { domain: "vpc", instance: i2 } })).attributes,
    ).toEqual({ domain: "vpc", instance: i2 });
    const free = await provider.update({ ...o, id: made.id, attributes: { domain: "vpc" } });
    expect(free.attributes).toEqual({ domain: "vpc" });
    expect(
      (await ec2.send(new DescribeAddressesCommand({ AllocationIds: [made.id] }))).Addresses?.[0]
        ?.InstanceId || undefined,
    ).toBeUndefined();

    // Someone associates it by hand.
    await ec2.send(new AssociateAddressCommand({ AllocationId: made.id, InstanceId: i1 }));
    expect((await liveAt("net-eip", o.address))?.attributes).toEqual({ domain: "vpc", instance: i1 });

    const theirs = await ec2.send(
      new AllocateAddressCommand({
        Domain: "vpc",
        TagSpecifications: [{ ResourceType: "elastic-ip", Tags: foreignTags("net-eip", o.address) }],
      }),
    );
    await expectRefused(o, theirs.AllocationId!);

    // Released although still associated: the delete disassociates first.
    await provider.delete(o.target, { id: made.id, address: o.address, type: o.type });
    expect(await errorName(ec2.send(new DescribeAddressesCommand({ AllocationIds: [made.id] })))).toMatch(
      /NotFound/,
    );
    const remaining = await ec2.send(new DescribeAddressesCommand({}));
    expect(remaining.Addresses?.map((a) => a.AllocationId)).not.toContain(made.id);
    expect(remaining.Addresses?.map((a) => a.AllocationId)).toContain(theirs.AllocationId);
  });

  it("creates a NAT gateway with its subnet and address, waits for it, and deletes it before the address", async () => {
    const sub = await subnet(await vpc("10.33.0.0/16"), "10.33.1.0/24");
    const address = await provider.create(op("net-nat", "aws_eip", "nat", { domain: "vpc" }));
    const o = op("net-nat", "aws_nat_gateway", "main", {
      subnet: sub,
      allocation: address.id,
      connectivity_type: "public",
    });
    const made = await provider.create(o);
    expect(made).toMatchObject({
      attributes: { subnet: sub, allocation: address.id, connectivity_type: "public" },
      tags: { team: "net" },
    });
    expect(progress).toContain(`${o.address}: waiting for ${made.id} to become available`);
    // moto ignores ClientToken: the retry finds the first gateway by its token tag.
    expect((await provider.create(o)).id).toBe(made.id);
    const byToken = await ec2.send(
      new DescribeNatGatewaysCommand({ Filter: [{ Name: `tag:${TOKEN_TAG}`, Values: [o.token] }] }),
    );
    expect(byToken.NatGateways?.map((g) => g.NatGatewayId)).toEqual([made.id]);
    expect((await liveAt("net-nat", o.address))?.attributes).toEqual(made.attributes);

    // Someone retags it; the next update puts the spec's tags back.
    await ec2.send(new CreateTagsCommand({ Resources: [made.id], Tags: [{ Key: "team", Value: "other" }] }));
    expect((await liveAt("net-nat", o.address))?.tags).toEqual({ team: "other" });
    expect((await provider.update({ ...o, id: made.id })).tags).toEqual({ team: "net" });

    const spare = await ec2.send(new AllocateAddressCommand({ Domain: "vpc" }));
    const theirs = await ec2.send(
      new CreateNatGatewayCommand({
        SubnetId: sub,
        AllocationId: spare.AllocationId,
        TagSpecifications: [{ ResourceType: "natgateway", Tags: foreignTags("net-nat", o.address) }],
      }),
    );
    await expectRefused(o, theirs.NatGateway!.NatGatewayId!);

    await provider.delete(o.target, { id: made.id, address: o.address, type: o.type });
    const after = await ec2.send(new DescribeNatGatewaysCommand({ NatGatewayIds: [made.id] }));
    expect(after.NatGateways?.[0]?.State).toBe("deleted");
    expect(await liveAt("net-nat", o.address)).toBeUndefined();
    // The gateway is gone, so its address can be released.
    await provider.delete(o.target, { id: address.id, address: "aws_eip.nat", type: "aws_eip" });
    expect((await provider.readLive(target("net-nat"))).map((r) => r.address)).toEqual([]);
  });

  it("creates an EBS volume, reads it back as the spec said, resizes it in place and deletes it", async () => {
    const desired = { availability_zone: "us-east-1a", size: 10, type: "gp3", encrypted: false };
    const o = op("net-ebs", "aws_ebs_volume", "data", desired);
    const made = await provider.create(o);
    // EBS picks IOPS and throughput for a gp3 volume; the spec named none, so none is reported.
    expect(made).toMatchObject({
      id: expect.stringMatching(/^vol-/),
      attributes: desired,
      tags: { team: "net" },
    });
    expect(made.attributes).toEqual(desired);
    expect((await provider.create(o)).id).toBe(made.id);
    const byToken = await ec2.send(
      new DescribeVolumesCommand({ Filters: [{ Name: `tag:${TOKEN_TAG}`, Values: [o.token] }] }),
    );
    expect(byToken.Volumes?.map((v) => v.VolumeId)).toEqual([made.id]);
    expect((await liveAt("net-ebs", o.address))?.attributes).toEqual(desired);

    const bigger = { ...desired, size: 20, type: "gp3", iops: 4000, throughput: 250 };
    expect((await provider.update({ ...o, id: made.id, attributes: bigger })).attributes).toEqual(bigger);
    const v = (await ec2.send(new DescribeVolumesCommand({ VolumeIds: [made.id] }))).Volumes![0]!;
    expect([v.Size, v.Iops, v.Throughput]).toEqual([20, 4000, 250]);

    // Someone grows it in the console.
    await ec2.send(new ModifyVolumeCommand({ VolumeId: made.id, Size: 30 }));
    expect((await liveAt("net-ebs", o.address))?.attributes).toEqual({ ...bigger, size: 30 });

    const theirs = await ec2.send(
      new CreateVolumeCommand({
        AvailabilityZone: "us-east-1a",
        Size: 5,
        TagSpecifications: [{ ResourceType: "volume", Tags: foreignTags("net-ebs", o.address) }],
      }),
    );
    await expectRefused(o, theirs.VolumeId!);

    await provider.delete(o.target, { id: made.id, address: o.address, type: o.type });
    expect(await errorName(ec2.send(new DescribeVolumesCommand({ VolumeIds: [made.id] })))).toMatch(
      /NotFound/,
    );
    expect(await liveAt("net-ebs", o.address)).toBeUndefined();
  });
});
