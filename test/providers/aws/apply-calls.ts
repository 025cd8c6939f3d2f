/**
 * DescribeInstances calls an apply of `instances` new instances costs, through the real engine
 * (plan, then applyPlan) against the nock EC2 fake. Instances stay pending for `pendingMs` of a
 * virtual clock that each poll's sleep moves on, as real ones do for tens of seconds, so the
 * figure counts the waits' polls honestly. For the test suite and `npm run bench`.
 */
import nock from "nock";
import { loadPriceCatalog } from "../../../src/cost/index.js";
import { applyPlan } from "../../../src/plan/apply.js";
import { createPlan } from "../../../src/plan/engine.js";
import { createAwsProviderWith } from "../../../src/providers/aws/index.js";
import { parseEnvironment } from "../../../src/spec/parse.js";
import { FakeEc2, REPOSITORY } from "./fake-ec2.js";
import { otherServices } from "./read-calls.js";

export interface ApplyCalls {
  instances: number;
  created: number;
  describeInstances: number;
  /** All EC2 calls of the apply, the plan's own reads included. */
  calls: number;
  /** Virtual seconds the apply took (pending time and polls). */
  seconds: number;
}

export async function countApplyCalls(
  instances: number,
  options: { parallelism?: number; pendingMs?: number; pollIntervalMs?: number } = {},
): Promise<ApplyCalls> {
  const fake = new FakeEc2();
  let clock = 0;
  fake.now = () => clock;
  fake.pendingMs = options.pendingMs ?? 20_000;
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
        AWS_ENDPOINT_URL: fake.endpoint,
        AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API: "https://tagging.fake.test",
      },
    },
    {
      maxAttempts: 1,
      clients: otherServices(fake),
      pollIntervalMs: options.pollIntervalMs ?? 3000,
      timeoutMs: 600_000,
      now: () => clock,
      // Virtual time moves on; a few real milliseconds let launches in flight land before the poll.
      sleep: async (ms) => {
        clock += ms;
        await new Promise((r) => setTimeout(r, 5));
      },
    },
  );
  const spec = [
    "environment: bulk",
    "provider: aws",
    "region: us-east-1",
    "resources:",
    "  - type: aws_instance",
    "    name: web",
    `    count: ${instances}`,
    "    properties: { instance_type: t3.micro, ami: ami-0abcdef1234567890 }",
  ].join("\n");
  const inputs = {
    env: parseEnvironment(spec, "environments/bulk.yaml"),
    provider,
    catalog: loadPriceCatalog(),
    policies: {},
    identity: { repository: REPOSITORY, sharedWith: [] },
    ...(options.parallelism !== undefined && { parallelism: options.parallelism }),
  };
  try {
    const { plan } = await createPlan(inputs);
    const { result } = await applyPlan({ ...inputs, expectedHash: plan.hash });
    const failed = result.results.find((r) => r.status !== "created");
    if (failed) throw new Error(`${failed.address} ${failed.status}: ${failed.error}`);
    return {
      instances,
      created: fake.instances.filter((i) => i.state === "running").length,
      describeInstances: fake.count("DescribeInstances"),
      calls: fake.calls.length,
      seconds: clock / 1000,
    };
  } finally {
    await provider.close?.();
    for (const scope of scopes) scope.persist(false);
    nock.cleanAll();
    nock.enableNetConnect();
    if (!wasActive) nock.restore();
  }
}
