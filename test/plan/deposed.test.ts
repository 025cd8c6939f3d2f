/**
 * Several live resources at one address (a replacement's kept old copy): which copy keeps the
 * address, how the others are named, and that the diff, drift and references see them that way.
 */
import { describe, expect, it } from "vitest";
import { deposedAddress, liveRefs } from "../../src/plan/deposed.js";
import { deposedRefTarget } from "../../src/spec/model.js";
import { diffResources, normalizeLive } from "../../src/plan/diff.js";
import { detectDrift } from "../../src/plan/drift.js";
import type { LiveResource, Provider } from "../../src/providers/provider.js";
import { changeLines } from "../../src/render/plan-diff.js";
import { parseEnvironment } from "../../src/spec/parse.js";

const env = (body: string) =>
  parseEnvironment(`environment: t\nprovider: sandbox\nregion: us-east-1\nresources:\n${body}`, "t.yaml");

const SPEC = `  - type: aws_vpc
    name: v
    properties: { cidr_block: 10.0.0.0/16 }
  - type: aws_subnet
    name: s
    properties: { vpc: ref(aws_vpc.v), cidr_block: 10.0.2.0/24 }
  - type: aws_instance
    name: web
    properties: { instance_type: t3.micro, ami: ami-0abcdef1234567890, subnet: ref(aws_subnet.s) }
`;

const vpc: LiveResource = {
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
};
const subnet = (id: string, cidr: string): LiveResource => ({
  address: "aws_subnet.s",
  type: "aws_subnet",
  id,
  attributes: { vpc: "vpc-1", cidr_block: cidr, map_public_ip_on_launch: false },
  tags: {},
});
const instance = (id: string, subnetId: string): LiveResource => ({
  address: "aws_instance.web",
  type: "aws_instance",
  id,
  attributes: {
    instance_type: "t3.micro",
    ami: "ami-0abcdef1234567890",
    subnet: subnetId,
    associate_public_ip_address: false,
    security_groups: [],
  },
  tags: {},
});

const actions = (desired: ReturnType<typeof env>["resources"], live: LiveResource[]) =>
  diffResources(desired, normalizeLive(live, { desired })).map((c) => `${c.action} ${c.address}`);

describe("normalizeLive with several copies at one address", () => {
  const desired = env(SPEC).resources;

  it("keeps the copy the spec finds unchanged, whatever order the cloud lists them in", () => {
    // The new subnet has the higher id, so the choice is not the tie-break's.
    const copies = [vpc, subnet("subnet-2", "10.0.2.0/24"), subnet("subnet-1", "10.0.1.0/24")];
    for (const live of [copies, [...copies].reverse()]) {
      const normalized = normalizeLive([...live, instance("i-1", "subnet-2")], { desired });
      const old = normalized.find((r) => r.id === "subnet-1")!;
      expect(old).toMatchObject({ address: "aws_subnet.s (deposed subnet-1)", liveAddress: "aws_subnet.s" });
      expect(normalized.find((r) => r.id === "subnet-2")).not.toHaveProperty("liveAddress");
      expect(actions(desired, [...live, instance("i-1", "subnet-2")])).toEqual([
        "delete aws_subnet.s (deposed subnet-1)",
      ]);
    }
  });

  it("tells copies apart by the copies they reference, deciding in dependency order", () => {
    // Two instances alike but for their subnet: the one in the kept subnet keeps the address.
    const live = [
      vpc,
      subnet("subnet-1", "10.0.1.0/24"),
      subnet("subnet-2", "10.0.2.0/24"),
      instance("i-1", "subnet-1"),
      instance("i-2", "subnet-2"),
    ];
    const normalized = normalizeLive(live, { desired });
    expect(normalized.find((r) => r.id === "i-1")).toMatchObject({
      address: "aws_instance.web (deposed i-1)",
      attributes: { subnet: "ref(aws_subnet.s (deposed subnet-1))" },
    });
    const changes = diffResources(desired, normalized);
    // The old instance goes before the old subnet it is in.
    expect(changes.map((c) => `${c.action} ${c.address} ${c.dependsOn.join(",")}`)).toEqual([
      "delete aws_instance.web (deposed i-1) aws_subnet.s (deposed subnet-1)",
      "delete aws_subnet.s (deposed subnet-1) aws_vpc.v",
    ]);
    expect(changes[0]).toMatchObject({ liveAddress: "aws_instance.web", id: "i-1" });
  });

  it("keeps the closest copy when none matches: an update before a replace", () => {
    const changed = env(SPEC.replace("t3.micro", "t3.small")).resources;
    const live = [
      vpc,
      subnet("subnet-2", "10.0.2.0/24"),
      instance("i-1", "vpc-1"),
      instance("i-2", "subnet-2"),
    ];
    expect(actions(changed, live)).toEqual([
      "update aws_instance.web",
      "delete aws_instance.web (deposed i-1)",
    ]);
  });

  it("deletes every copy of an address the spec no longer has; the lowest id keeps the address", () => {
    const live = [vpc, subnet("subnet-9", "10.0.1.0/24"), subnet("subnet-3", "10.0.2.0/24")];
    expect(actions([], live)).toEqual([
      "delete aws_subnet.s (deposed subnet-9)",
      "delete aws_subnet.s",
      "delete aws_vpc.v",
    ]);
    expect(actions([], [...live].reverse())).toEqual(actions([], live));
  });

  it("counts a resource listed twice (pages that overlap) once", () => {
    const live = [
      vpc,
      subnet("subnet-2", "10.0.2.0/24"),
      subnet("subnet-2", "10.0.2.0/24"),
      instance("i-1", "subnet-2"),
    ];
    expect(normalizeLive(live, { desired })).toHaveLength(3);
    expect(actions(desired, live)).toEqual([]);
  });

  it("carries the protection of the resource a copy was", () => {
    const guarded = env(SPEC.replace("name: s\n", "name: s\n    protected: true\n")).resources;
    const live = [
      vpc,
      subnet("subnet-1", "10.0.1.0/24"),
      subnet("subnet-2", "10.0.2.0/24"),
      instance("i-1", "subnet-2"),
    ];
    const changes = diffResources(guarded, normalizeLive(live, { desired: guarded }), {
      protectedAddresses: new Set(["aws_subnet.s"]),
    });
    // (The kept copy is updated only to gain the protection tag.)
    expect(changes.filter((c) => c.action === "delete")).toEqual([
      expect.objectContaining({ address: "aws_subnet.s (deposed subnet-1)", protected: true }),
    ]);
  });
});

describe("deposed addresses", () => {
  it("name a plain id as it is, and any other id by a digest, never by its raw text", () => {
    expect(deposedAddress("aws_subnet.s", "subnet-0abc")).toBe("aws_subnet.s (deposed subnet-0abc)");
    const arn = "arn:aws:elasticloadbalancing:us-east-1:1:loadbalancer/app/x/50dc";
    expect(deposedAddress("aws_lb.web", arn)).toMatch(/^aws_lb\.web \(deposed object [0-9a-f]{12}\)$/);
    expect(deposedAddress("aws_lb.web", "x) y\u001b[31m")).toMatch(
      /^aws_lb\.web \(deposed object [0-9a-f]{12}\)$/,
    );
    expect(deposedAddress("aws_lb.web", arn)).not.toBe(deposedAddress("aws_lb.web", `${arn}1`));
  });

  it("are references in live attributes, and nothing else that looks like one is", () => {
    const ref = `ref(${deposedAddress("aws_lb.web", "arn:aws:x")})`;
    expect(deposedRefTarget(ref)).toBe(deposedAddress("aws_lb.web", "arn:aws:x"));
    expect(deposedRefTarget("ref(aws_lb.web (deposed a) b))")).toBeUndefined();
    expect(deposedRefTarget("ref(aws_lb.web (evil x))")).toBeUndefined();
    expect(liveRefs({ a: "ref(aws_vpc.v)", b: [ref, "plain"], c: { d: ref } })).toEqual([
      "aws_vpc.v",
      deposedAddress("aws_lb.web", "arn:aws:x"),
      deposedAddress("aws_lb.web", "arn:aws:x"),
    ]);
  });

  it("render under the resource's own name, saying where the copy came from", () => {
    const desired = env(SPEC).resources;
    const live = [
      vpc,
      subnet("subnet-1", "10.0.1.0/24"),
      subnet("subnet-2", "10.0.2.0/24"),
      instance("i-1", "subnet-2"),
    ];
    const [change] = diffResources(desired, normalizeLive(live, { desired }));
    const text = changeLines(change!, { destroyPlan: false }).map((l) => l.text);
    expect(text.slice(0, 3)).toEqual([
      "# aws_subnet.s (deposed subnet-1) will be destroyed",
      "# (a second copy left over from a replacement that did not finish)",
      'resource "aws_subnet" "s" {',
    ]);
  });
});

describe("drift with a deposed copy", () => {
  it("reports the copy under its own address, and the kept copy as matching", async () => {
    const e = env(SPEC);
    const live = [
      vpc,
      subnet("subnet-1", "10.0.1.0/24"),
      subnet("subnet-2", "10.0.2.0/24"),
      instance("i-1", "subnet-2"),
    ];
    const provider = { capabilities: { applies: "*" }, readLive: async () => live } as unknown as Provider;
    const report = await detectDrift(e, provider, { repository: "octo/x", sharedWith: [] });
    expect(report.checked).toBe(4);
    expect(report.items).toEqual([
      {
        address: "aws_subnet.s (deposed subnet-1)",
        type: "aws_subnet",
        kind: "unmanaged",
        id: "subnet-1",
        differences: [],
      },
    ]);
  });
});
