/**
 * API calls one live read of an environment with `instances` instances costs, measured against
 * the nock EC2 fake. For `npm run bench`: the count must grow with pages, not with instances.
 */
import nock from "nock";
import { createAwsProviderWith } from "../../../src/providers/aws/index.js";
import { noOtherServices } from "./no-other-services.js";
import { FakeEc2, ownerTags, REPOSITORY, runningInstances } from "./fake-ec2.js";

export async function countReadCalls(instances: number): Promise<number> {
  const fake = new FakeEc2();
  fake.instances = runningInstances("bench", instances);
  fake.vpcs = [{ id: "vpc-1", tags: ownerTags("bench", "aws_vpc.main") }];
  fake.subnets = [{ id: "subnet-1", tags: ownerTags("bench", "aws_subnet.a") }];
  fake.groups = [{ id: "sg-1", tags: ownerTags("bench", "aws_security_group.web") }];
  const wasActive = nock.isActive();
  if (!wasActive) nock.activate();
  nock.disableNetConnect();
  const scope = fake.install();
  const provider = createAwsProviderWith(
    {
      settings: { default: "aws" },
      env: { AWS_ACCESS_KEY_ID: "k", AWS_SECRET_ACCESS_KEY: "s", AWS_ENDPOINT_URL: fake.endpoint },
    },
    { maxAttempts: 1, clients: noOtherServices },
  );
  try {
    const live = await provider.readLive({
      environment: "bench",
      repository: REPOSITORY,
      region: "us-east-1",
    });
    if (live.length !== instances + 3)
      throw new Error(`read ${live.length} resources, expected ${instances + 3}`);
    return fake.calls.length;
  } finally {
    await provider.close?.();
    scope.persist(false);
    nock.cleanAll();
    nock.enableNetConnect();
    if (!wasActive) nock.restore();
  }
}
