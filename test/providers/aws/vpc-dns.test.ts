/**
 * A VPC's DNS settings in a plan: read from the record Plagentic keeps on the VPC (DNS_TAG) with
 * the VPCs in bulk; only a VPC without a well-formed record costs its two DescribeVpcAttribute.
 */
import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAwsProviderWith } from "../../../src/providers/aws/index.js";
import type { Provider } from "../../../src/providers/provider.js";
import { FakeEc2, ownerTags, REPOSITORY } from "./fake-ec2.js";

const target = { environment: "staging", repository: REPOSITORY, region: "us-east-1", types: ["aws_vpc"] };

describe("VPC DNS settings in live state", () => {
  let fake: FakeEc2;
  let provider: Provider;

  beforeEach(() => {
    nock.disableNetConnect();
    fake = new FakeEc2();
    fake.install();
    provider = createAwsProviderWith(
      {
        settings: { default: "aws" },
        env: { AWS_ACCESS_KEY_ID: "k", AWS_SECRET_ACCESS_KEY: "s", AWS_ENDPOINT_URL_EC2: fake.endpoint },
      },
      { maxAttempts: 1 },
    );
  });

  afterEach(async () => {
    await provider.close?.();
    nock.cleanAll();
    nock.enableNetConnect();
  });

  const vpc = (id: string, record?: string) => ({
    id,
    tags: ownerTags("staging", `aws_vpc.${id}`, record ? [{ key: "plagentic:dns", value: record }] : []),
  });

  it("reads recorded settings with the VPCs, in one call for all of them", async () => {
    fake.vpcs = [
      vpc("a", "support=true,hostnames=true"),
      vpc("b", "support=false,hostnames=false"),
      vpc("c", "support=true,hostnames=false"),
    ];
    const live = await provider.readLive(target);
    expect(
      live.map((r) => [r.id, r.attributes["enable_dns_support"], r.attributes["enable_dns_hostnames"]]),
    ).toEqual([
      ["a", true, true],
      ["b", false, false],
      ["c", true, false],
    ]);
    expect(fake.count("DescribeVpcs")).toBe(1);
    expect(fake.count("DescribeVpcAttribute")).toBe(0);
    // The record is Plagentic's, not a user tag the spec would have to repeat.
    expect(live.every((r) => !("plagentic:dns" in r.tags))).toBe(true);
  });

  it("asks EC2 for a VPC without a record, or with one not exactly in its form", async () => {
    fake.vpcs = [
      vpc("legacy"),
      vpc("forged", "support=yes,hostnames=true"),
      vpc("ok", "support=true,hostnames=true"),
    ];
    const live = await provider.readLive(target);
    // The fake answers support=true, hostnames=false for every VPC.
    expect(live.map((r) => [r.id, r.attributes["enable_dns_hostnames"]])).toEqual([
      ["forged", false],
      ["legacy", false],
      ["ok", true],
    ]);
    const asked = fake.calls
      .filter((c) => c.action === "DescribeVpcAttribute")
      .map((c) => c.params.get("VpcId"));
    expect(asked.sort()).toEqual(["forged", "forged", "legacy", "legacy"]);
  });
});
