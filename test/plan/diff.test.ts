import { describe, expect, it } from "vitest";
import { diffResources, normalizeLive } from "../../src/plan/diff.js";
import type { LiveResource } from "../../src/providers/provider.js";
import { parseEnvironment } from "../../src/spec/parse.js";

const spec = (body: string) =>
  parseEnvironment(`environment: t\nprovider: sandbox\nregion: us-east-1\nresources:\n${body}`, "t.yaml")
    .resources;

const network = `  - type: aws_vpc
    name: v
    properties: { cidr_block: 10.0.0.0/16 }
  - type: aws_subnet
    name: s
    properties: { vpc: ref(aws_vpc.v), cidr_block: 10.0.1.0/24 }
`;

/** Live state as a provider would report it: ids, with references as those ids. */
function live(): LiveResource[] {
  return [
    {
      address: "aws_vpc.v",
      type: "aws_vpc",
      id: "vpc-1",
      attributes: {
        cidr_block: "10.0.0.0/16",
        enable_dns_support: true,
        enable_dns_hostnames: false,
        instance_tenancy: "default",
      },
      tags: {},
    },
    {
      address: "aws_subnet.s",
      type: "aws_subnet",
      id: "subnet-1",
      attributes: { vpc: "vpc-1", cidr_block: "10.0.1.0/24", map_public_ip_on_launch: false },
      tags: {},
    },
  ];
}

describe("diffResources", () => {
  it("maps ids of owned resources back to refs, so an unchanged environment has no changes", () => {
    expect(diffResources(spec(network), normalizeLive(live()))).toEqual([]);
  });

  it("keeps ids of resources outside the environment, which then show as a difference", () => {
    const l = live();
    l[1]!.attributes["vpc"] = "vpc-elsewhere";
    const changes = diffResources(spec(network), normalizeLive(l));
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ address: "aws_subnet.s", action: "replace", replaceReasons: ["vpc"] });
  });

  it("replaces dependents whose force-new reference points at a replaced resource", () => {
    const changes = diffResources(spec(network.replace("10.0.0.0/16", "10.9.0.0/16")), normalizeLive(live()));
    expect(changes.map((c) => [c.address, c.action, c.replaceReasons])).toEqual([
      ["aws_vpc.v", "replace", ["cidr_block"]],
      ["aws_subnet.s", "replace", ["vpc (aws_vpc.v is replaced)"]],
    ]);
  });

  it("deletes what the spec no longer has, dependents first", () => {
    const changes = diffResources([], normalizeLive(live()));
    expect(changes.map((c) => `${c.action} ${c.address}`)).toEqual([
      "delete aws_subnet.s",
      "delete aws_vpc.v",
    ]);
    expect(changes[0]!.dependsOn).toEqual(["aws_vpc.v"]);
  });

  it("marks deletes of protected resources", () => {
    const changes = diffResources([], normalizeLive(live()), { protectedAddresses: new Set(["aws_vpc.v"]) });
    expect(changes.find((c) => c.address === "aws_vpc.v")?.protected).toBe(true);
    expect(changes.find((c) => c.address === "aws_subnet.s")?.protected).toBeUndefined();
  });

  it("compares unordered lists as sets, at any depth", () => {
    const desired = spec(`${network}  - type: aws_security_group
    name: g
    properties:
      vpc: ref(aws_vpc.v)
      ingress:
        - { from_port: 443, to_port: 443, protocol: tcp, cidr_blocks: [10.0.0.0/8, 192.168.0.0/16] }
        - { from_port: 80, to_port: 80, protocol: tcp, cidr_blocks: [10.0.0.0/8] }
`);
    const sg: LiveResource = {
      address: "aws_security_group.g",
      type: "aws_security_group",
      id: "sg-1",
      attributes: {
        vpc: "vpc-1",
        description: "Managed by Plagentic",
        ingress: [
          { from_port: 80, to_port: 80, protocol: "tcp", cidr_blocks: ["10.0.0.0/8"], ipv6_cidr_blocks: [] },
          {
            from_port: 443,
            to_port: 443,
            protocol: "tcp",
            cidr_blocks: ["192.168.0.0/16", "10.0.0.0/8"],
            ipv6_cidr_blocks: [],
          },
        ],
        egress: [],
      },
      tags: {},
    };
    expect(diffResources(desired, normalizeLive([...live(), sg]))).toEqual([]);
    // A real difference inside the set still shows.
    (sg.attributes["ingress"] as { to_port: number }[])[0]!.to_port = 81;
    expect(diffResources(desired, normalizeLive([...live(), sg])).map((c) => c.changedAttributes)).toEqual([
      ["ingress"],
    ]);
  });

  it("leaves out properties the provider cannot read back", () => {
    const desired = spec(`${network}  - type: aws_instance
    name: i
    properties: { instance_type: t3.micro, ami: ami-0abcdef1234567890, associate_public_ip_address: true }
`);
    const instance: LiveResource = {
      address: "aws_instance.i",
      type: "aws_instance",
      id: "i-1",
      attributes: { instance_type: "t3.micro", ami: "ami-0abcdef1234567890", security_groups: [] },
      tags: {},
    };
    const all = normalizeLive([...live(), instance]);
    expect(diffResources(desired, all).map((c) => c.changedAttributes)).toEqual([
      ["associate_public_ip_address"],
    ]);
    expect(
      diffResources(desired, all, { writeOnly: { aws_instance: ["associate_public_ip_address"] } }),
    ).toEqual([]);
  });

  it("shows a property removed from the spec as a change to null", () => {
    const l = live();
    l[1]!.attributes["availability_zone"] = "us-east-1a";
    const changes = diffResources(spec(network), normalizeLive(l));
    expect(changes[0]).toMatchObject({
      address: "aws_subnet.s",
      action: "replace",
      changedAttributes: ["availability_zone"],
    });
  });
});

describe("what the cloud picks when the spec says nothing (cloudDefault)", () => {
  const instance = (imds: string) => `  - type: aws_instance
    name: i
    properties: { instance_type: t3.micro, ami: ami-0123456789abcdef0, metadata_options: ${imds} }
`;
  const liveInstance = (imds: Record<string, string | number>): LiveResource[] => [
    {
      address: "aws_instance.i",
      type: "aws_instance",
      id: "i-1",
      attributes: {
        instance_type: "t3.micro",
        ami: "ami-0123456789abcdef0",
        associate_public_ip_address: false,
        security_groups: [],
        metadata_options: imds,
      },
      tags: {},
    },
  ];

  it("is the same as writing it: the IMDS endpoint and hop limit the cloud reports are no change", () => {
    const reported = { http_tokens: "required", http_endpoint: "enabled", http_put_response_hop_limit: 1 };
    expect(
      diffResources(spec(instance("{ http_tokens: required }")), normalizeLive(liveInstance(reported))),
    ).toEqual([]);
  });

  it("still shows a reported value that differs from it", () => {
    const reported = { http_tokens: "required", http_endpoint: "enabled", http_put_response_hop_limit: 2 };
    const changes = diffResources(
      spec(instance("{ http_tokens: required }")),
      normalizeLive(liveInstance(reported)),
    );
    expect(changes.map((c) => [c.address, c.action, c.changedAttributes])).toEqual([
      ["aws_instance.i", "update", ["metadata_options"]],
    ]);
  });
});

describe("protected resources", () => {
  it("carry a tag in the cloud, so removing one from the spec still counts as deleting a protected resource", () => {
    const desired = spec(`  - type: aws_vpc
    name: v
    protected: true
    properties: { cidr_block: 10.0.0.0/16 }
`);
    expect(desired[0]!.tags).toEqual({ "plagentic-protected": "true" });
    const l = live().slice(0, 1);
    l[0]!.tags = { "plagentic-protected": "true" };
    // The spec no longer has the VPC (nor its protected flag): the live tag still marks it.
    const changes = diffResources([], normalizeLive(l));
    expect(changes).toEqual([
      expect.objectContaining({ address: "aws_vpc.v", action: "delete", protected: true }),
    ]);
  });
});
