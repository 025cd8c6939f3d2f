/** The bundled AWS examples (environments/*.yaml whose types are AWS's), and applying one with Plagentic. */
import { DescribeImagesCommand, EC2Client } from "@aws-sdk/client-ec2";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadPriceCatalog } from "../../src/cost/index.js";
import { applyPlan } from "../../src/plan/apply.js";
import { createPlan } from "../../src/plan/engine.js";
import { parseEnvironment } from "../../src/spec/parse.js";
import type { ResolvedEnvironment } from "../../src/spec/model.js";
import { motoProvider } from "../providers/aws/moto-provider.js";

const root = resolve(import.meta.dirname, "../..");

export const REPOSITORY = "octo/payments";

/** A spec holding every AWS type of the registry once (test/fixtures/export). */
export function everyAwsType(): [string, string] {
  return [
    "every-aws-type",
    readFileSync(join(root, "test", "fixtures", "export", "every-aws-type.yaml"), "utf8"),
  ];
}

/** `[name, text]` of every bundled example that uses AWS types only. */
export function awsExamples(): [string, string][] {
  const dir = join(root, "environments");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .map((f): [string, string] => [f.replace(/\.yaml$/, ""), readFileSync(join(dir, f), "utf8")])
    .filter(([, text]) => {
      const types = [...text.matchAll(/^\s*- type: (\S+)/gm)].map((m) => m[1]!);
      return types.length > 0 && types.every((t) => t.startsWith("aws_"));
    });
}

/** The example as environment `environment` on provider aws, so that several copies share one moto. */
export function asEnvironment(
  text: string,
  environment: string,
  edit: (t: string) => string = (t) => t,
): ResolvedEnvironment {
  const spec = edit(text)
    .replace(/^environment: .*$/m, `environment: ${environment}`)
    .replace(/^provider: .*$/m, "provider: aws");
  return parseEnvironment(spec, `environments/${environment}.yaml`);
}

/** `plagentic apply` of `env` against moto, the way the CLI plans and applies it. */
export async function plagenticApply(endpoint: string, env: ResolvedEnvironment): Promise<void> {
  const provider = motoProvider(endpoint, undefined, { timeoutMs: 30_000 });
  try {
    const inputs = {
      env,
      provider,
      catalog: loadPriceCatalog(),
      policies: {},
      identity: { repository: REPOSITORY, sharedWith: [] },
    };
    const { plan } = await createPlan(inputs);
    const { result } = await applyPlan({ ...inputs, expectedHash: plan.hash });
    if (!result.ok) throw new Error(`plagentic apply failed: ${JSON.stringify(result.results)}`);
  } finally {
    await provider.close?.();
  }
}

/**
 * An AMI moto knows: Plagentic and Terraform both read the image of an instance with a root
 * block device, and the examples' placeholder AMI exists nowhere.
 */
export async function motoAmi(endpoint: string): Promise<string> {
  const ec2 = new EC2Client({
    region: "us-east-1",
    endpoint,
    credentials: { accessKeyId: "testing", secretAccessKey: "testing" },
  });
  try {
    const images = (await ec2.send(new DescribeImagesCommand({ Owners: ["amazon"] }))).Images ?? [];
    const image = images.find(
      (i) => i.RootDeviceName === "/dev/xvda" && /^ami-[0-9a-f]{8,17}$/.test(i.ImageId ?? ""),
    );
    if (!image?.ImageId) throw new Error("moto lists no Amazon image with root device /dev/xvda");
    return image.ImageId;
  } finally {
    ec2.destroy();
  }
}

export const withAmi = (ami: string) => (text: string) => text.replace(/ami-[0-9a-f]{8,17}/g, ami);
