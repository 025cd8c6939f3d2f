/**
 * State → spec: the real state of the fixture imports to the spec in legacy.expected.yaml, and
 * the edge cases (counts that are not alike, for_each keys, modules, references to what is not
 * imported, Plagentic's own tags, the region) behave as documented in docs/terraform-import.md.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseEnvironment } from "../../src/spec/parse.js";
import { importTerraformState } from "../../src/terraform/import.js";
import { parseTerraformState, type StateInstance } from "../../src/terraform/state.js";

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/terraform/state/${name}`, import.meta.url), "utf8");
const opts = { environment: "legacy", file: "environments/legacy.yaml" };

function inst(
  address: string,
  type: string,
  name: string,
  attributes: Record<string, unknown>,
  extra: Partial<StateInstance> = {},
): StateInstance {
  return {
    address,
    mode: "managed",
    type,
    name,
    provider: "registry.terraform.io/hashicorp/aws",
    attributes,
    ...extra,
  };
}
const vpc = (id = "vpc-1", tags: Record<string, string> = {}) =>
  inst("aws_vpc.main", "aws_vpc", "main", {
    id,
    arn: `arn:aws:ec2:eu-west-1:123456789012:vpc/${id}`,
    cidr_block: "10.0.0.0/16",
    enable_dns_support: true,
    enable_dns_hostnames: false,
    instance_tenancy: "default",
    tags_all: tags,
  });
const subnet = (
  address: string,
  name: string,
  id: string,
  cidr: string,
  extra: Partial<StateInstance> = {},
  vpcId = "vpc-1",
) =>
  inst(
    address,
    "aws_subnet",
    name,
    { id, vpc_id: vpcId, cidr_block: cidr, availability_zone: "eu-west-1a", map_public_ip_on_launch: false },
    extra,
  );

describe("importTerraformState", () => {
  it("imports the real state to the expected spec, from either format", async () => {
    const v4 = importTerraformState(parseTerraformState(fixture("terraform.tfstate"), "t"), opts);
    const show = importTerraformState(parseTerraformState(fixture("show-state.json"), "s"), opts);
    await expect(v4.text).toMatchFileSnapshot("../fixtures/terraform/state/legacy.expected.yaml");
    expect(show.text).toBe(v4.text);
    expect([v4.provider, v4.region]).toEqual(["aws", "us-east-1"]);
    expect(v4.skipped).toEqual([
      { address: "data.aws_availability_zones.here", reason: "data source: read, not managed" },
    ]);
    // The instances' count = 2 stays one resource with count and both ids.
    expect(v4.imported.find((r) => r.address === "aws_instance.web")?.ids).toHaveLength(2);
    const env = parseEnvironment(v4.text, "legacy.yaml");
    expect(env.resources.map((r) => [r.address, r.importId !== undefined])).toContainEqual([
      "aws_instance.web[1]",
      true,
    ]);
  });

  it("never copies Plagentic's ownership tags from the state, and keeps the user's", () => {
    const r = importTerraformState(
      [
        vpc("vpc-1", {
          team: "a",
          "plagentic:environment": "prod",
          "plagentic:repository": "x/y",
          "aws:cloudformation:stack-name": "s",
        }),
      ],
      opts,
    );
    expect(r.text).toContain("team: a");
    expect(r.text).not.toMatch(/plagentic:|aws:cloudformation/);
  });

  it("names instances that are not alike, and for_each keys, by their index", () => {
    const r = importTerraformState(
      [
        vpc(),
        subnet("aws_subnet.n[0]", "n", "subnet-a", "10.0.1.0/24", { indexKey: 0 }),
        subnet("aws_subnet.n[1]", "n", "subnet-b", "10.0.2.0/24", { indexKey: 1 }),
        subnet('aws_subnet.k["web tier"]', "k", "subnet-c", "10.0.3.0/24", { indexKey: "web tier" }),
        subnet("module.net.aws_subnet.a", "a", "subnet-d", "10.0.4.0/24", { module: "module.net" }),
      ],
      opts,
    );
    expect(r.imported.map((i) => i.address)).toEqual([
      "aws_vpc.main",
      "aws_subnet.n_0",
      "aws_subnet.n_1",
      "aws_subnet.k_web_tier",
      "aws_subnet.net_a",
    ]);
    expect(r.text).toContain("vpc: ref(aws_vpc.main)");
    expect(r.region).toBe("eu-west-1");
  });

  it("skips what it cannot import, saying why, and what then references it", () => {
    const r = importTerraformState(
      [
        vpc(),
        inst("aws_route53_zone.z", "aws_route53_zone", "z", { id: "Z1" }),
        inst("google_compute_network.n", "google_compute_network", "n", {
          id: "projects/p/global/networks/n",
        }),
        subnet("aws_subnet.orphan", "orphan", "subnet-o", "10.0.9.0/24", {}, "vpc-elsewhere"),
      ],
      opts,
    );
    expect(r.skipped).toEqual([
      { address: "aws_route53_zone.z", reason: "aws_route53_zone is not a Plagentic resource type" },
      { address: "google_compute_network.n", reason: "a gcp resource; this environment is aws" },
      { address: "aws_subnet.orphan", reason: "references vpc-elsewhere, which is not imported with it" },
    ]);
    expect(r.imported.map((i) => i.address)).toEqual(["aws_vpc.main"]);
  });

  it("skips a resource whose values the spec refuses, with the parser's reason", () => {
    const bad = vpc();
    bad.attributes["instance_tenancy"] = "host";
    const r = importTerraformState(
      [
        bad,
        inst("aws_internet_gateway.gw", "aws_internet_gateway", "gw", {
          id: "igw-1",
          vpc_id: "",
          arn: "arn:aws:ec2:eu-west-1:1:internet-gateway/igw-1",
        }),
      ],
      opts,
    );
    expect(r.skipped).toEqual([
      { address: "aws_vpc.main", reason: 'must be one of default, dedicated, got "host"' },
    ]);
    expect(r.imported.map((i) => i.address)).toEqual(["aws_internet_gateway.gw"]);
  });

  it("asks for --region when the state does not tell", () => {
    const noRegion = inst("aws_vpc.main", "aws_vpc", "main", { id: "vpc-1", cidr_block: "10.0.0.0/16" });
    expect(() => importTerraformState([noRegion], opts)).toThrow(
      "could not tell the region from the state; pass --region <region>",
    );
    expect(importTerraformState([noRegion], { ...opts, region: "ap-south-1" }).region).toBe("ap-south-1");
  });

  it("refuses a state with nothing to import, listing why", () => {
    expect(() =>
      importTerraformState([{ ...vpc(), mode: "data", address: "data.aws_vpc.main" }], opts),
    ).toThrow(
      "the state holds no resource Plagentic can import (data.aws_vpc.main: data source: read, not managed)",
    );
  });
});

describe("importTerraformState with hostile values", () => {
  it("keeps odd tag keys and values as data, and the spec still parses", () => {
    const odd = JSON.parse(
      '{"__proto__": "x", "a\\nb": "line\\u001b[31m", "<<": "merge", "team": "ok"}',
    ) as Record<string, string>;
    const r = importTerraformState(
      [
        {
          address: "aws_vpc.main",
          mode: "managed",
          type: "aws_vpc",
          name: "main\u001b]0;x",
          provider: "registry.terraform.io/hashicorp/aws",
          attributes: {
            id: "vpc-1",
            cidr_block: "10.0.0.0/16",
            arn: "arn:aws:ec2:us-east-1:1:vpc/vpc-1",
            tags_all: odd,
          },
        },
      ],
      opts,
    );
    expect(r.imported.map((i) => i.address)).toEqual(["aws_vpc.main__0_x"]);
    const env = parseEnvironment(r.text, "legacy.yaml");
    expect(r.text).toContain("__proto__: x");
    // The spec parser itself does not keep a `__proto__` key; every other key comes through.
    expect(env.resources[0]!.tags).toEqual({ "a\nb": "line\u001b[31m", "<<": "merge", team: "ok" });
    expect(Object.getPrototypeOf(env.resources[0]!.tags)).toBe(Object.prototype);
  });
});
