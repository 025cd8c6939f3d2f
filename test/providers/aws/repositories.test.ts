/**
 * Environments of different repositories with the same name, on the nock EC2 fake: reads skip
 * other repositories' resources, updates and deletes refuse them, and a shared resource stays its
 * owner's through an update by the repository it is shared with.
 */
import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAwsProviderWith } from "../../../src/providers/aws/index.js";
import { noOtherServices } from "./no-other-services.js";
import {
  OWNER_TAG_SHARE_PREFIX,
  ProviderOperationError,
  repositoryKey,
  type Provider,
  type ProviderTarget,
} from "../../../src/providers/provider.js";
import { FakeEc2, ownerTags, REPOSITORY, runningInstances, type Call } from "./fake-ec2.js";

const OTHER = "mallory/tools";
const target: ProviderTarget = { environment: "staging", repository: REPOSITORY, region: "us-east-1" };
const shareWith = (repository: string) => ({
  key: OWNER_TAG_SHARE_PREFIX + repositoryKey(repository),
  value: repository,
});

/** The `Tag.N.Key`/`Tag.N.Value` pairs of a CreateTags or DeleteTags call. */
function sentTags(c: Call): Record<string, string> {
  const out: Record<string, string> = {};
  for (let n = 1; c.params.has(`Tag.${n}.Key`); n++)
    out[c.params.get(`Tag.${n}.Key`)!] = c.params.get(`Tag.${n}.Value`) ?? "";
  return out;
}

async function failure(p: Promise<unknown>): Promise<ProviderOperationError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ProviderOperationError);
  return err as ProviderOperationError;
}

describe("AWS environments of different repositories", () => {
  let fake: FakeEc2;
  let provider: Provider;

  beforeEach(() => {
    nock.disableNetConnect();
    fake = new FakeEc2();
    fake.install();
    provider = createAwsProviderWith(
      {
        settings: { default: "aws" },
        env: { AWS_ACCESS_KEY_ID: "k", AWS_SECRET_ACCESS_KEY: "s", AWS_ENDPOINT_URL: fake.endpoint },
      },
      { maxAttempts: 1, pollIntervalMs: 0, sleep: async () => {}, clients: noOtherServices },
    );
  });
  afterEach(async () => {
    await provider.close?.();
    nock.cleanAll();
    nock.enableNetConnect();
  });

  /** The instance of `runningInstances`, as owned by `repository` with `extra` tags. */
  function instance(repository: string, extra: { key: string; value: string }[] = []) {
    const [i] = runningInstances("staging", 1);
    i!.tags = ownerTags(
      "staging",
      "aws_instance.web[0]",
      [{ key: "plagentic:unset", value: "root_block_device,metadata_options" }, ...extra],
      repository,
    );
    fake.instances = [i!];
    return i!;
  }
  const update = (
    id: string,
    t: ProviderTarget = target,
    tags: Record<string, string> = { team: "payments" },
  ) =>
    provider.update({
      target: t,
      id,
      address: "aws_instance.web[0]",
      type: "aws_instance",
      attributes: {
        instance_type: "t3.micro",
        ami: "ami-0abcdef1234567890",
        subnet: "subnet-1",
        security_groups: ["sg-1"],
      },
      tags,
      token: "t-update",
    });

  it("reads only this repository's resources and those shared with it", async () => {
    fake.vpcs = [
      { id: "vpc-ours", tags: ownerTags("staging", "aws_vpc.main") },
      { id: "vpc-theirs", tags: ownerTags("staging", "aws_vpc.main", [], OTHER) },
      // Tagged for the environment before repositories were, or by hand: nobody's.
      {
        id: "vpc-legacy",
        tags: [
          { key: "plagentic:environment", value: "staging" },
          { key: "plagentic:address", value: "aws_vpc.main" },
        ],
      },
      { id: "vpc-shared", tags: ownerTags("staging", "aws_vpc.shared", [shareWith(REPOSITORY)], OTHER) },
      // A share tag naming another repository than its key says is not a share.
      {
        id: "vpc-forged",
        tags: ownerTags(
          "staging",
          "aws_vpc.forged",
          [{ key: shareWith(REPOSITORY).key, value: OTHER }],
          OTHER,
        ),
      },
    ];
    fake.instances = runningInstances("staging", 1).map((i) => ({
      ...i,
      tags: ownerTags("staging", "aws_instance.web[0]", [], OTHER),
    }));

    const live = await provider.readLive(target);

    expect(live.map((r) => r.id)).toEqual(["vpc-ours", "vpc-shared"]);
    expect(live.every((r) => Object.keys(r.tags).every((k) => !k.startsWith("plagentic:")))).toBe(true);
    // Only the owned VPCs cost their two DNS reads.
    expect(fake.count("DescribeVpcAttribute")).toBe(4);
  });

  it("refuses to update or delete another repository's instance, and sends nothing that changes it", async () => {
    const theirs = instance(OTHER);
    expect((await failure(update(theirs.id))).code).toBe("NotOwned");
    const err = await failure(
      provider.delete(target, { id: theirs.id, address: "aws_instance.web[0]", type: "aws_instance" }),
    );
    expect(err.code).toBe("NotOwned");
    expect(err.message).toContain(REPOSITORY);
    expect(fake.calls.map((c) => c.action).filter((a) => !a.startsWith("Describe"))).toEqual([]);
    expect(theirs.state).toBe("running");
  });

  it("an update by a repository it is shared with keeps the owner's repository and share tags", async () => {
    const shared = instance(OTHER, [shareWith(REPOSITORY)]);
    await update(shared.id, { ...target, sharedWith: ["someone/else"] }, { team: "checkout" });
    const created = fake.calls.filter((c) => c.action === "CreateTags").map(sentTags);
    expect(created).toEqual([{ team: "checkout" }]);
    expect(fake.count("DeleteTags")).toBe(0);
  });

  it("an update by the owner writes its current share tags and removes the ones it no longer writes", async () => {
    const ours = instance(REPOSITORY, [shareWith(OTHER)]);
    await update(ours.id, { ...target, sharedWith: ["someone/else"] });
    const created = fake.calls.filter((c) => c.action === "CreateTags").map(sentTags);
    const removed = fake.calls.filter((c) => c.action === "DeleteTags").map(sentTags);
    expect(created).toEqual([{ [shareWith("someone/else").key]: "someone/else", team: "payments" }]);
    expect(Object.keys(removed[0] ?? {})).toEqual([shareWith(OTHER).key]);
  });

  it("a create writes the repository and the share tags, never the spec's own ownership tags", async () => {
    await provider.create({
      target: { ...target, sharedWith: [OTHER] },
      address: "aws_instance.web[0]",
      type: "aws_instance",
      attributes: {
        instance_type: "t3.micro",
        ami: "ami-0abcdef1234567890",
        subnet: "subnet-1",
        security_groups: ["sg-1"],
      },
      tags: {
        team: "payments",
        "plagentic:repository": OTHER,
        [shareWith("someone/else").key]: "someone/else",
      },
      token: "t-create",
    });
    const p = fake.calls.find((c) => c.action === "RunInstances")!.params;
    const tags = (spec: number) => {
      const out: Record<string, string> = {};
      for (let m = 1; p.has(`TagSpecification.${spec}.Tag.${m}.Key`); m++)
        out[p.get(`TagSpecification.${spec}.Tag.${m}.Key`)!] = p.get(
          `TagSpecification.${spec}.Tag.${m}.Value`,
        )!;
      return out;
    };
    expect(tags(1)).toEqual({
      team: "payments",
      "plagentic:environment": "staging",
      "plagentic:repository": REPOSITORY,
      "plagentic:address": "aws_instance.web[0]",
      "plagentic:unset": "root_block_device,metadata_options",
      [shareWith(OTHER).key]: OTHER,
    });
    expect(tags(2)).toEqual({
      team: "payments",
      "plagentic:environment": "staging",
      "plagentic:repository": REPOSITORY,
      "plagentic:volume-of": "aws_instance.web[0]",
      [shareWith(OTHER).key]: OTHER,
    });
    for (const [k, v] of Object.entries({ ...tags(1), ...tags(2) })) {
      expect(k.length).toBeLessThanOrEqual(128);
      expect(v.length).toBeLessThanOrEqual(256);
    }
  });
});
