/**
 * `aws_lb` through the AWS provider against moto_server's ELBv2: create with its tags under the
 * token's name, a retry finding the first attempt, read back as the spec said, in-place changes,
 * deletion protection honoured, drift, another repository's load balancer refused, delete.
 */
import { randomUUID } from "node:crypto";
import {
  CreateSecurityGroupCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  EC2Client,
} from "@aws-sdk/client-ec2";
import {
  CreateLoadBalancerCommand,
  DescribeLoadBalancerAttributesCommand,
  DescribeLoadBalancersCommand,
  DescribeTagsCommand,
  ElasticLoadBalancingV2Client,
  SetSecurityGroupsCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lbName } from "../../../src/providers/aws/resources/lb-api.js";
import {
  OWNER_TAG_ADDRESS,
  OWNER_TAG_ENVIRONMENT,
  OWNER_TAG_REPOSITORY,
  type Provider,
} from "../../../src/providers/provider.js";
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

const VALID_NAME = /^(?!internal-)[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?$/;

describe("load balancer names", () => {
  it.each([
    ["aws_lb.web", "web-"],
    ["aws_lb.web[3]", "web-3-"],
    ["aws_lb.internal-api", "lb-internal-api-"],
    ["aws_lb.a_very_long_name_for_a_load_balancer_in_prod", "a-very-long-name-for-"],
    ["aws_lb.--x--", "x-"],
    ["aws_lb._", "lb-"],
  ])("%s gives a valid ELBv2 name starting %s", (address, start) => {
    const name = lbName(address, "5b1c7e3a-0d2f-8a4b-9c6d-7e8f9a0b1c2d");
    expect(name).toMatch(VALID_NAME);
    expect(name.length).toBeLessThanOrEqual(32);
    expect(name.startsWith(start)).toBe(true);
  });

  it("differs between tokens and stays the same for one token", () => {
    expect(lbName("aws_lb.web", "a")).toBe(lbName("aws_lb.web", "a"));
    expect(lbName("aws_lb.web", "a")).not.toBe(lbName("aws_lb.web", "b"));
  });
});

const available = motoOrSkip("aws_lb against moto");

describe.runIf(available)("aws_lb against moto", () => {
  let moto: Moto;
  let provider: Provider;
  let ec2: EC2Client;
  let elb: ElasticLoadBalancingV2Client;
  const progress: string[] = [];
  let subnets: string[] = [];
  let groups: string[] = [];

  beforeAll(async () => {
    moto = await startMoto();
    provider = motoProvider(moto.endpoint, (line) => progress.push(line));
    const config = { region: REGION, endpoint: moto.endpoint, credentials: CREDENTIALS, maxAttempts: 1 };
    ec2 = new EC2Client(config);
    elb = new ElasticLoadBalancingV2Client(config);
    const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: "10.40.0.0/16" }))).Vpc!.VpcId!;
    subnets = [];
    for (const [k, zone] of ["us-east-1a", "us-east-1b", "us-east-1c"].entries()) {
      const s = await ec2.send(
        new CreateSubnetCommand({ VpcId: vpc, CidrBlock: `10.40.${k + 1}.0/24`, AvailabilityZone: zone }),
      );
      subnets.push(s.Subnet!.SubnetId!);
    }
    groups = [];
    for (const name of ["web", "admin"]) {
      groups.push(
        (await ec2.send(new CreateSecurityGroupCommand({ GroupName: name, Description: name, VpcId: vpc })))
          .GroupId!,
      );
    }
  }, 30_000);

  afterAll(async () => {
    await provider?.close?.();
    ec2?.destroy();
    elb?.destroy();
    await moto?.stop();
  });

  const sorted = (xs: string[]): string[] => [...xs].sort();

  it("creates, retries, reads back, changes in place, honours deletion protection and deletes", async () => {
    const desired = {
      load_balancer_type: "application",
      internal: false,
      subnets: sorted([subnets[0]!, subnets[1]!]),
      security_groups: [groups[0]!],
      enable_deletion_protection: false,
    };
    const o = {
      target: target("lb-prod"),
      address: "aws_lb.web",
      type: "aws_lb",
      attributes: desired,
      tags: { team: "edge" },
      token: randomUUID(),
    };
    const made = await provider.create(o);
    expect(made.id).toMatch(/^arn:aws:elasticloadbalancing:us-east-1:\d+:loadbalancer\/app\//);
    expect(made).toMatchObject({ address: "aws_lb.web", attributes: desired, tags: { team: "edge" } });
    expect(progress).toContain(`aws_lb.web: waiting for ${made.id} to become active`);

    const [lb] = (await elb.send(new DescribeLoadBalancersCommand({ LoadBalancerArns: [made.id] })))
      .LoadBalancers!;
    expect(lb!.LoadBalancerName).toBe(lbName("aws_lb.web", o.token));
    expect(lb!.Scheme).toBe("internet-facing");
    const tags = (await elb.send(new DescribeTagsCommand({ ResourceArns: [made.id] }))).TagDescriptions![0]!
      .Tags;
    expect(tags).toEqual(
      expect.arrayContaining([
        { Key: OWNER_TAG_ENVIRONMENT, Value: "lb-prod" },
        { Key: OWNER_TAG_REPOSITORY, Value: "octo/payments" },
        { Key: OWNER_TAG_ADDRESS, Value: "aws_lb.web" },
        { Key: "team", Value: "edge" },
      ]),
    );

    // A retry with the same token finds the first attempt by its name.
    expect((await provider.create(o)).id).toBe(made.id);
    const all = (await elb.send(new DescribeLoadBalancersCommand({}))).LoadBalancers ?? [];
    expect(all.map((l) => l.LoadBalancerArn)).toEqual([made.id]);
    expect(await provider.readLive(target("lb-prod"))).toEqual([made]);

    const changed = {
      ...desired,
      subnets: sorted([subnets[1]!, subnets[2]!]),
      security_groups: sorted(groups),
      enable_deletion_protection: true,
    };
    const updated = await provider.update({
      ...o,
      id: made.id,
      attributes: changed,
      tags: { team: "platform" },
    });
    expect(updated).toMatchObject({ attributes: changed, tags: { team: "platform" } });
    const attrs = await elb.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerArn: made.id }));
    expect(attrs.Attributes).toContainEqual({ Key: "deletion_protection.enabled", Value: "true" });

    // Protected: the delete is refused and the load balancer stays.
    const ref = { id: made.id, address: o.address, type: o.type };
    expect(await codeOf(provider.delete(o.target, ref))).toBe("DeletionProtected");
    expect((await provider.readLive(target("lb-prod"))).map((r) => r.id)).toEqual([made.id]);

    // Someone swaps its security groups by hand.
    await elb.send(new SetSecurityGroupsCommand({ LoadBalancerArn: made.id, SecurityGroups: [groups[1]!] }));
    const [drifted] = await provider.readLive(target("lb-prod"));
    expect(drifted!.attributes["security_groups"]).toEqual([groups[1]]);

    await provider.update({ ...o, id: made.id, attributes: desired });
    await provider.delete(o.target, ref);
    expect(progress).toContain(`aws_lb.web: waiting for ${made.id} to be deleted`);
    expect(await provider.readLive(target("lb-prod"))).toEqual([]);
    const gone = await elb.send(new DescribeLoadBalancersCommand({ LoadBalancerArns: [made.id] })).then(
      () => "found",
      (e: { name?: string }) => e.name,
    );
    expect(gone).toBe("LoadBalancerNotFoundException");
  });

  it("leaves another repository's load balancer alone, also at the name its own token gives", async () => {
    const o = {
      target: target("lb-shared"),
      address: "aws_lb.api",
      type: "aws_lb",
      attributes: {
        load_balancer_type: "application",
        internal: true,
        subnets: sorted([subnets[0]!, subnets[1]!]),
        security_groups: [],
        enable_deletion_protection: false,
      },
      tags: {},
      token: randomUUID(),
    };
    const theirs = await elb.send(
      new CreateLoadBalancerCommand({
        Name: lbName(o.address, o.token),
        Subnets: o.attributes.subnets,
        Scheme: "internal",
        Tags: foreignTags("lb-shared", o.address),
      }),
    );
    const arn = theirs.LoadBalancers![0]!.LoadBalancerArn!;
    expect(await codeOf(provider.create(o))).toBe("AlreadyExists");
    expect(await codeOf(provider.update({ ...o, id: arn }))).toBe("NotOwned");
    expect(await codeOf(provider.delete(o.target, { id: arn, address: o.address, type: o.type }))).toBe(
      "NotOwned",
    );
    // Not listed as ours, and untouched.
    expect(await provider.readLive(target("lb-shared"))).toEqual([]);
    const [still] = (await elb.send(new DescribeLoadBalancersCommand({ LoadBalancerArns: [arn] })))
      .LoadBalancers!;
    expect(still!.Scheme).toBe("internal");
    const tags = (await elb.send(new DescribeTagsCommand({ ResourceArns: [arn] }))).TagDescriptions![0]!.Tags;
    expect(tags).toContainEqual({ Key: OWNER_TAG_REPOSITORY, Value: "mallory/tools" });
  });
  it("reads back no security groups when the spec named none, and sets them once it names some", async () => {
    const desired = {
      load_balancer_type: "application",
      internal: true,
      subnets: sorted([subnets[0]!, subnets[2]!]),
      security_groups: [],
      enable_deletion_protection: false,
    };
    const o = {
      target: target("lb-nogroups"),
      address: "aws_lb.internal",
      type: "aws_lb",
      attributes: desired,
      tags: {},
      token: randomUUID(),
    };
    const made = await provider.create(o);
    expect(made.attributes).toEqual(desired);
    const [lb] = (await elb.send(new DescribeLoadBalancersCommand({ LoadBalancerArns: [made.id] })))
      .LoadBalancers!;
    expect(lb!.Scheme).toBe("internal");
    expect((await provider.update({ ...o, id: made.id })).attributes).toEqual(desired);

    const grouped = { ...desired, security_groups: [groups[1]!] };
    expect((await provider.update({ ...o, id: made.id, attributes: grouped })).attributes).toEqual(grouped);
    const tags = (await elb.send(new DescribeTagsCommand({ ResourceArns: [made.id] }))).TagDescriptions![0]!
      .Tags!;
    expect(tags.map((t) => t.Key)).not.toContain("plagentic:unset");
    await provider.delete(o.target, { id: made.id, address: o.address, type: o.type });
    expect(await provider.readLive(target("lb-nogroups"))).toEqual([]);
  });
});
