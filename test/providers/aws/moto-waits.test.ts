/**
 * Bulk waits against moto_server through the real engine: instances created side by side share
 * their DescribeInstances polls (by instance-id filter) and their root volumes' DescribeVolumes,
 * and a destroy waits for every termination in shared polls too.
 */
import { DescribeImagesCommand, EC2Client } from "@aws-sdk/client-ec2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPriceCatalog } from "../../../src/cost/index.js";
import { applyPlan } from "../../../src/plan/apply.js";
import { createPlan } from "../../../src/plan/engine.js";
import { createAwsProviderWith } from "../../../src/providers/aws/index.js";
import type { Provider } from "../../../src/providers/provider.js";
import { parseEnvironment } from "../../../src/spec/parse.js";
import { motoAvailable, startMoto, type Moto } from "./moto.js";

const INSTANCES = 8;
let ami = "";
const spec = (count: number) => `
environment: moto-waits
provider: aws
region: us-east-1
resources:
  - type: aws_instance
    name: web
    count: ${count}
    properties:
      instance_type: t3.micro
      ami: ${ami}
      root_block_device: { volume_size: 12, volume_type: gp3, encrypted: true }
`;

const available = motoAvailable();
if (!available && process.env.CI === "true") {
  describe("AWS bulk waits against moto", () => {
    it("needs moto_server", () => {
      throw new Error("moto_server is not installed, and CI=true: the AWS integration test must run in CI");
    });
  });
} else if (!available) {
  console.warn(
    "SKIPPED: AWS bulk waits against moto — moto_server is not installed (pip install 'moto[server]')",
  );
}

describe.runIf(available)("AWS bulk waits against moto", () => {
  let moto: Moto;
  let ec2: EC2Client;
  let provider: Provider;
  const sent: string[] = [];
  const catalog = loadPriceCatalog();
  const identity = { repository: "octo/payments", sharedWith: [] };

  beforeAll(async () => {
    moto = await startMoto();
    ec2 = new EC2Client({
      region: "us-east-1",
      endpoint: moto.endpoint,
      credentials: { accessKeyId: "testing", secretAccessKey: "testing" },
      maxAttempts: 2,
    });
    ec2.middlewareStack.add(
      (next, context) => (args) => {
        sent.push(context.commandName ?? "");
        return next(args);
      },
      { step: "initialize", name: "countCommands" },
    );
    // One of the images moto serves: a root volume mapping needs a real one.
    const images = await ec2.send(new DescribeImagesCommand({ Owners: ["amazon"] }));
    ami = images.Images!.find((i) => i.RootDeviceType === "ebs")!.ImageId!;
    provider = createAwsProviderWith(
      {
        settings: { default: "aws" },
        // The tagging API (discovery) at moto too; EC2 goes through the counting client.
        env: {
          AWS_ACCESS_KEY_ID: "testing",
          AWS_SECRET_ACCESS_KEY: "testing",
          AWS_ENDPOINT_URL: moto.endpoint,
        },
      },
      // Long enough for every launch of a batch to land before the first poll.
      { client: ec2, pollIntervalMs: 1000, timeoutMs: 20_000 },
    );
  }, 30_000);

  afterAll(async () => {
    await provider?.close?.();
    ec2?.destroy();
    await moto?.stop();
  });

  async function apply(count: number) {
    const env = parseEnvironment(spec(count), "environments/moto-waits.yaml");
    const inputs = { env, provider, catalog, policies: {}, identity };
    const { plan } = await createPlan(inputs);
    sent.length = 0;
    return (await applyPlan({ ...inputs, expectedHash: plan.hash })).result;
  }

  it("creates instances in shared polls and reports their root volumes without reading each back", async () => {
    const result = await apply(INSTANCES);
    expect(result.results.filter((r) => r.status !== "created")).toEqual([]);
    const count = (name: string) => sent.filter((c) => c === `${name}Command`).length;
    expect(count("RunInstances")).toBe(INSTANCES);
    // Apply's own plan read, then polls shared by all eight: far fewer than one per instance.
    expect(count("DescribeInstances")).toBeLessThanOrEqual(1 + INSTANCES / 2);
    // The root volumes, read for the live state the creates return, share their call too.
    expect(count("DescribeVolumes")).toBeGreaterThanOrEqual(1);
    expect(count("DescribeVolumes")).toBeLessThanOrEqual(INSTANCES / 2);
    console.log(
      `moto, ${INSTANCES} instances: ${count("DescribeInstances")} DescribeInstances, ${count("DescribeVolumes")} DescribeVolumes`,
    );

    const env = parseEnvironment(spec(INSTANCES), "environments/moto-waits.yaml");
    const again = await createPlan({ env, provider, catalog, policies: {}, identity });
    expect(again.plan.changes).toEqual([]);
  }, 60_000);

  it("destroys them side by side, waiting for every termination in shared polls", async () => {
    const result = await apply(0);
    expect(result.ok).toBe(true);
    expect(result.results.map((r) => r.status)).toEqual(Array(INSTANCES).fill("deleted"));
    // One DescribeInstances each to check ownership before terminating, then shared polls.
    const describes = sent.filter((c) => c === "DescribeInstancesCommand").length;
    expect(describes).toBeLessThanOrEqual(1 + INSTANCES + INSTANCES / 2);
    const env = parseEnvironment(spec(0), "environments/moto-waits.yaml");
    const after = await createPlan({ env, provider, catalog, policies: {}, identity });
    expect(after.live).toEqual([]);
  }, 60_000);
});
