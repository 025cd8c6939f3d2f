import { describe, expect, it } from "vitest";
import { SpecError } from "../../src/spec/errors.js";
import { parseEnvironment } from "../../src/spec/parse.js";
import { registerResourceType } from "../../src/spec/registry.js";

// Two types that can reference each other, so a cycle can be written at all.
for (const [type, other] of [
  ["test_ping", "test_pong"],
  ["test_pong", "test_ping"],
] as const) {
  registerResourceType({
    type,
    cloud: "aws",
    service: "test",
    taggable: false,
    pricing: { kind: "free" },
    properties: { peer: { kind: "ref", to: [other] } },
  });
}

const head = "environment: t\nprovider: sandbox\nregion: us-east-1\n";

function parse(body: string) {
  return parseEnvironment(head + body, "t.yaml");
}

function error(body: string): string {
  try {
    parse(body);
  } catch (e) {
    expect(e).toBeInstanceOf(SpecError);
    return (e as SpecError).message;
  }
  throw new Error("expected a SpecError");
}

describe("parseEnvironment", () => {
  it("expands count, applies defaults and orders by dependency", () => {
    const env = parse(`tags: { team: a }
resources:
  - type: aws_instance
    name: web
    count: 2
    properties: { instance_type: t3.small, ami: ami-0abcdef1234567890, subnet: ref(aws_subnet.a) }
  - type: aws_subnet
    name: a
    properties: { vpc: ref(aws_vpc.main), cidr_block: 10.0.1.0/24 }
  - type: aws_vpc
    name: main
    tags: { tier: net }
    properties: { cidr_block: 10.0.0.0/16 }
`);
    expect(env.resources.map((r) => r.address)).toEqual([
      "aws_vpc.main",
      "aws_subnet.a",
      "aws_instance.web[0]",
      "aws_instance.web[1]",
    ]);
    const web = env.resources[2]!;
    expect(web.index).toBe(0);
    expect(web.dependsOn).toEqual(["aws_subnet.a"]);
    expect(web.attributes["associate_public_ip_address"]).toBe(false);
    expect(web.tags).toEqual({ team: "a" });
    expect(env.resources[0]!.tags).toEqual({ team: "a", tier: "net" });
    expect(env.digest).toMatch(/^[0-9a-f]{64}$/);
  });

  it("count: 0 gives no instances", () => {
    const env = parse(`resources:
  - type: aws_vpc
    name: main
    count: 0
    properties: { cidr_block: 10.0.0.0/16 }
`);
    expect(env.resources).toEqual([]);
  });

  it.each([
    [
      "a reference to the wrong type",
      `resources:
  - type: aws_vpc
    name: v
    properties: { cidr_block: 10.0.0.0/16 }
  - type: aws_subnet
    name: s
    properties: { vpc: ref(aws_vpc.v), cidr_block: 10.0.0.0/24 }
  - type: aws_instance
    name: i
    properties: { instance_type: t3.micro, ami: ami-0abcdef1234567890, subnet: ref(aws_vpc.v) }
`,
      "t.yaml:13:80: resources[2].properties.subnet: must reference aws_subnet, not aws_vpc",
    ],
    [
      "a counted target without an index",
      `resources:
  - type: aws_vpc
    name: v
    count: 2
    properties: { cidr_block: 10.0.0.0/16 }
  - type: aws_subnet
    name: s
    properties: { vpc: ref(aws_vpc.v), cidr_block: 10.0.0.0/24 }
`,
      "t.yaml:11:24: resources[1].properties.vpc: aws_vpc.v has count 2; reference one instance, e.g. ref(aws_vpc.v[0])",
    ],
    [
      "an index out of range",
      `resources:
  - type: aws_vpc
    name: v
    count: 2
    properties: { cidr_block: 10.0.0.0/16 }
  - type: aws_subnet
    name: s
    properties:
      vpc: ref(aws_vpc.v[2])
      cidr_block: 10.0.0.0/24
`,
      "t.yaml:12:12: resources[1].properties.vpc: aws_vpc.v has count 2, so index 2 does not exist",
    ],
    [
      "a missing required property",
      `resources:
  - type: aws_vpc
    name: v
    properties: {}
`,
      't.yaml:7:17: resources[0].properties: missing required property "cidr_block"',
    ],
    [
      "a wrong value type",
      `resources:
  - type: aws_vpc
    name: v
    properties: { cidr_block: 10.0.0.0/16, enable_dns_support: "yes" }
`,
      't.yaml:7:64: resources[0].properties.enable_dns_support: expected true or false, got string "yes"',
    ],
    [
      "a duplicate name",
      `resources:
  - type: aws_vpc
    name: v
    properties: { cidr_block: 10.0.0.0/16 }
  - type: aws_vpc
    name: v
    properties: { cidr_block: 10.1.0.0/16 }
`,
      "t.yaml:9:11: resources[1].name: aws_vpc.v is already defined at resources[0]",
    ],
    [
      "an unknown top-level field",
      `resourcez: []
`,
      't.yaml:4:1: resourcez: unknown field "resourcez"',
    ],
    [
      "a negative budget",
      `budget:
  monthly: -5
`,
      "t.yaml:5:12: budget.monthly: must be 0 or more",
    ],
    [
      "a budget that is not a number",
      `budget: { monthly: lots }
`,
      "t.yaml:4:20: budget.monthly: must be a number of USD a month, e.g. 500",
    ],
  ])("reports %s with file, line and field", (_name, body, expected) => {
    expect(error(body)).toBe(expected);
  });

  it("reports a dependency cycle naming its members", () => {
    const msg = error(`resources:
  - type: test_ping
    name: a
    properties: { peer: ref(test_pong.b) }
  - type: test_pong
    name: b
    properties: { peer: ref(test_ping.a) }
`);
    expect(msg).toBe("t.yaml:5:5: resources[0]: dependency cycle: test_ping.a -> test_pong.b -> test_ping.a");
  });

  it("rejects a type from another cloud than the provider", () => {
    expect(() =>
      parseEnvironment(
        "environment: t\nprovider: gcp\nregion: us-central1\nresources:\n  - type: aws_vpc\n    name: v\n    properties: { cidr_block: 10.0.0.0/16 }\n",
        "t.yaml",
      ),
    ).toThrow("t.yaml:5:11: resources[0].type: aws_vpc is a aws type but this environment's provider is gcp");
  });

  it("orders a chain of 20,000 references, one after another", () => {
    const lines = ["resources:"];
    for (let i = 0; i < 20_000; i++) {
      const [type, other] = i % 2 === 0 ? ["test_ping", "test_pong"] : ["test_pong", "test_ping"];
      lines.push(`  - type: ${type}`, `    name: r${i}`);
      if (i > 0) lines.push(`    properties: { peer: ref(${other}.r${i - 1}) }`);
    }
    const env = parseEnvironment(`${head}${lines.join("\n")}\n`, "t.yaml", {
      maxResources: 20_000,
      maxSpecBytes: 4 * 1024 * 1024,
    });
    expect(env.resources[0]!.address).toBe("test_ping.r0");
    expect(env.resources.at(-1)!.address).toBe("test_pong.r19999");
  });

  it("reports deeply nested YAML as a located error, not a crash", () => {
    const deep = `${head}resources: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n`;
    expect(() => parseEnvironment(deep, "t.yaml")).toThrow(SpecError);
  });
});
