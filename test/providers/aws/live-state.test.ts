import { describe, expect, it } from "vitest";
import { instanceLive, securityGroupLive, subnetLive } from "../../../src/providers/aws/live-state.js";
import { canonicalSpecRules, ruleChanges, rulesFromPermissions } from "../../../src/providers/aws/rules.js";
import { AWS_CAPABILITIES, endpointOf } from "../../../src/providers/aws/index.js";
import { loadProvider } from "../../../src/providers/registry.js";
import { loadPriceCatalog } from "../../../src/cost/index.js";

const owner = (address: string, extra: { Key: string; Value: string }[] = []) => [
  { Key: "plagentic:environment", Value: "staging" },
  { Key: "plagentic:address", Value: address },
  ...extra,
];

describe("AWS live state", () => {
  it("groups IpPermissions into canonical rules: one per ports and description, sorted", () => {
    const rules = rulesFromPermissions([
      {
        IpProtocol: "tcp",
        FromPort: 443,
        ToPort: 443,
        IpRanges: [
          { CidrIp: "10.0.0.0/8", Description: "office" },
          { CidrIp: "0.0.0.0/0" },
          { CidrIp: "192.168.0.0/16", Description: "office" },
        ],
        Ipv6Ranges: [{ CidrIpv6: "::/0" }],
      },
      { IpProtocol: "6", FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: "10.1.0.0/16" }] },
      { IpProtocol: "-1", IpRanges: [{ CidrIp: "0.0.0.0/0" }] },
      { IpProtocol: "tcp", FromPort: 80, ToPort: 80, UserIdGroupPairs: [{ GroupId: "sg-9" }] },
    ]);
    expect(rules).toEqual([
      { protocol: "-1", from_port: 0, to_port: 0, cidr_blocks: ["0.0.0.0/0"], ipv6_cidr_blocks: [] },
      { protocol: "tcp", from_port: 22, to_port: 22, cidr_blocks: ["10.1.0.0/16"], ipv6_cidr_blocks: [] },
      {
        protocol: "tcp",
        from_port: 443,
        to_port: 443,
        cidr_blocks: ["0.0.0.0/0"],
        ipv6_cidr_blocks: ["::/0"],
      },
      {
        protocol: "tcp",
        from_port: 443,
        to_port: 443,
        cidr_blocks: ["10.0.0.0/8", "192.168.0.0/16"],
        ipv6_cidr_blocks: [],
        description: "office",
      },
    ]);
  });

  it("puts a spec's rules in the same canonical order", () => {
    expect(
      canonicalSpecRules([
        { protocol: "tcp", from_port: 443, to_port: 443, cidr_blocks: ["b", "a"], ipv6_cidr_blocks: [] },
        { protocol: "tcp", from_port: 22, to_port: 22, cidr_blocks: ["c"], ipv6_cidr_blocks: [] },
      ]).map((r) => [r.from_port, r.cidr_blocks]),
    ).toEqual([
      [22, ["c"]],
      [443, ["a", "b"]],
    ]);
  });

  it("revokes AWS's default egress rule and authorises what the spec adds", () => {
    const { revoke, authorize } = ruleChanges(
      [{ IpProtocol: "-1", IpRanges: [{ CidrIp: "0.0.0.0/0" }] }],
      [
        {
          protocol: "tcp",
          from_port: 443,
          to_port: 443,
          cidr_blocks: ["0.0.0.0/0"],
          ipv6_cidr_blocks: [],
          description: "https",
        },
      ],
    );
    expect(revoke).toEqual([{ IpProtocol: "-1", IpRanges: [{ CidrIp: "0.0.0.0/0" }] }]);
    expect(authorize).toEqual([
      {
        IpProtocol: "tcp",
        FromPort: 443,
        ToPort: 443,
        IpRanges: [{ CidrIp: "0.0.0.0/0", Description: "https" }],
      },
    ]);
  });

  it("changes nothing when the rules already match, however they are grouped", () => {
    const { revoke, authorize } = ruleChanges(
      [
        { IpProtocol: "tcp", FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: "10.0.0.0/8" }] },
        { IpProtocol: "tcp", FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: "0.0.0.0/0" }] },
      ],
      [
        {
          protocol: "tcp",
          from_port: 443,
          to_port: 443,
          cidr_blocks: ["0.0.0.0/0", "10.0.0.0/8"],
          ipv6_cidr_blocks: [],
        },
      ],
    );
    expect(revoke).toEqual([]);
    expect(authorize).toEqual([]);
  });

  it("leaves out what the spec left to AWS, and reports defaults as the spec has them", () => {
    const i = instanceLive(
      {
        InstanceId: "i-1",
        InstanceType: "t3.small",
        ImageId: "ami-0abcdef1234567890",
        SubnetId: "subnet-default",
        SecurityGroups: [{ GroupId: "sg-default" }],
        RootDeviceName: "/dev/xvda",
        BlockDeviceMappings: [{ DeviceName: "/dev/xvda", Ebs: { VolumeId: "vol-1" } }],
        Tags: owner("aws_instance.web", [
          { Key: "plagentic:unset", Value: "subnet,security_groups,root_block_device.encrypted" },
          { Key: "team", Value: "payments" },
          { Key: "aws:cloudformation:stack-name", Value: "x" },
        ]),
      },
      new Map([["vol-1", { VolumeId: "vol-1", Size: 20, VolumeType: "gp3", Encrypted: false }]]),
    );
    expect(i).toEqual({
      address: "aws_instance.web",
      type: "aws_instance",
      id: "i-1",
      attributes: {
        instance_type: "t3.small",
        ami: "ami-0abcdef1234567890",
        security_groups: [],
        root_block_device: { volume_size: 20, volume_type: "gp3" },
      },
      tags: { team: "payments" },
    });
    const s = subnetLive({
      SubnetId: "subnet-1",
      VpcId: "vpc-1",
      CidrBlock: "10.0.1.0/24",
      AvailabilityZone: "us-east-1c",
      Tags: owner("aws_subnet.a", [{ Key: "plagentic:unset", Value: "availability_zone" }]),
    });
    expect(s?.attributes).toEqual({
      vpc: "vpc-1",
      cidr_block: "10.0.1.0/24",
      map_public_ip_on_launch: false,
    });
  });

  it("skips resources that carry the environment tag but no address", () => {
    expect(
      securityGroupLive({ GroupId: "sg-1", Tags: [{ Key: "plagentic:environment", Value: "staging" }] }),
    ).toBeUndefined();
  });

  it("takes the endpoint from config first, then the SDK's variables", () => {
    expect(
      endpointOf({ default: "aws", aws: { endpoint: "http://a" } }, { AWS_ENDPOINT_URL_EC2: "http://b" }),
    ).toBe("http://a");
    expect(
      endpointOf({ default: "aws" }, { AWS_ENDPOINT_URL_EC2: "http://b", AWS_ENDPOINT_URL: "http://c" }),
    ).toBe("http://b");
    expect(endpointOf({ default: "aws" }, { AWS_ENDPOINT_URL: "http://c" })).toBe("http://c");
    expect(endpointOf({ default: "aws" }, {})).toBeUndefined();
  });

  it("is loaded by name through the provider registry", async () => {
    const p = await loadProvider("aws", {
      store: () => {
        throw new Error("the aws provider must not open the store");
      },
      catalog: loadPriceCatalog(),
      settings: { default: "aws" },
      env: {},
    });
    expect(p.name).toBe("aws");
    // The table's list is pinned in dispatch.test.ts.
    expect(p.capabilities.applies).toEqual(AWS_CAPABILITIES.applies);
    expect(p.capabilities.writeOnly?.["aws_instance"]).toEqual(["associate_public_ip_address"]);
    await p.close?.();
  });
});
