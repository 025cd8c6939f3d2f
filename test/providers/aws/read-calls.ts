/**
 * API calls one live read of an environment costs, measured against the nock EC2 fake (and its
 * tagging API). For `npm run bench` and the tests: the count must grow with types and pages,
 * never with resources.
 */
import nock from "nock";
import { createAwsProviderWith } from "../../../src/providers/aws/index.js";
import { AWS_HANDLERS } from "../../../src/providers/aws/resources/index.js";
import type { ProviderTarget } from "../../../src/providers/provider.js";
import { FakeEc2, ownerTags, REPOSITORY, runningInstances, type FakeNamed } from "./fake-ec2.js";

/**
 * Clients for the services beyond EC2 (RDS, EKS, Lambda, ELBv2...) that find an empty cloud and
 * count each call in `fake.calls` as `<service>`; discovery goes to the fake's tagging API.
 */
export function otherServices(fake: FakeEc2): Readonly<Record<string, { destroy(): void }>> {
  const counted = (service: string) => ({
    send: async () => {
      fake.calls.push({ action: service, params: new URLSearchParams() });
      return {};
    },
    destroy: () => {},
  });
  return new Proxy(
    {},
    {
      get: (_target, service) =>
        service === "EC2" || service === "RESOURCE_GROUPS_TAGGING_API" || typeof service !== "string"
          ? undefined
          : counted(service),
    },
  );
}

/** A spec that "mixes every type" names every type the AWS provider applies. */
const ALL_TYPES = Object.keys(AWS_HANDLERS);

/** A VPC: its DNS settings cost two DescribeVpcAttribute, the one read per resource left. */
const aVpc = (environment: string): FakeNamed => ({
  id: "vpc-1",
  tags: ownerTags(environment, "aws_vpc.main"),
});

/** `instances` instances, one VPC, one subnet, one group; a target that names no types. */
export function countReadCalls(instances: number): Promise<number> {
  const fake = new FakeEc2();
  fake.instances = runningInstances("bench", instances);
  fake.vpcs = [aVpc("bench")];
  fake.subnets = [{ id: "subnet-1", tags: ownerTags("bench", "aws_subnet.a") }];
  fake.groups = [{ id: "sg-1", tags: ownerTags("bench", "aws_security_group.web") }];
  return measure(fake, instances + 3);
}

/**
 * `resources` resources of one spec: only instances (`instances`), or every type the AWS
 * provider applies (`mixed`: one VPC, a subnet per 50, a group per 100, the rest instances; the
 * fake holds none of the other types, which still cost their list call).
 */
export function countSpecReadCalls(resources: number, spec: "instances" | "mixed"): Promise<number> {
  const fake = new FakeEc2();
  if (spec === "instances") {
    fake.instances = runningInstances("bench", resources);
    return measure(fake, resources, ["aws_instance"]);
  }
  const subnets = Math.max(1, Math.floor(resources / 50));
  const groups = Math.max(1, Math.floor(resources / 100));
  fake.vpcs = [aVpc("bench")];
  fake.subnets = Array.from({ length: subnets }, (_, k) => ({
    id: `subnet-${k}`,
    tags: ownerTags("bench", `aws_subnet.s${k}`),
  }));
  fake.groups = Array.from({ length: groups }, (_, k) => ({
    id: `sg-${k}`,
    tags: ownerTags("bench", `aws_security_group.g${k}`),
  }));
  fake.instances = runningInstances("bench", resources - 1 - subnets - groups);
  return measure(fake, resources, ALL_TYPES);
}

async function measure(fake: FakeEc2, expected: number, types?: readonly string[]): Promise<number> {
  const wasActive = nock.isActive();
  if (!wasActive) nock.activate();
  nock.disableNetConnect();
  const scopes = [fake.install(), fake.installTagging()];
  const provider = createAwsProviderWith(
    {
      settings: { default: "aws" },
      env: {
        AWS_ACCESS_KEY_ID: "k",
        AWS_SECRET_ACCESS_KEY: "s",
        // EC2 and ELBv2 to the EC2 fake (which holds no load balancers), discovery to its tagging API.
        AWS_ENDPOINT_URL: fake.endpoint,
        AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API: "https://tagging.fake.test",
      },
    },
    { maxAttempts: 1, clients: otherServices(fake) },
  );
  const target: ProviderTarget = {
    environment: "bench",
    repository: REPOSITORY,
    region: "us-east-1",
    ...(types && { types }),
  };
  try {
    const live = await provider.readLive(target);
    if (live.length !== expected) throw new Error(`read ${live.length} resources, expected ${expected}`);
    return fake.calls.length;
  } finally {
    await provider.close?.();
    for (const s of scopes) s.persist(false);
    nock.cleanAll();
    nock.enableNetConnect();
    if (!wasActive) nock.restore();
  }
}
