/**
 * What the moto suites of the network and load balancer handlers share: the CI rule for a missing
 * moto_server (fail in CI, skip visibly elsewhere), a provider pointed at moto for every service,
 * and the small checks each suite repeats.
 */
import { describe, expect, it } from "vitest";
import { createAwsProviderWith, type AwsProviderOptions } from "../../../src/providers/aws/index.js";
import {
  ownershipTags,
  ProviderOperationError,
  type Provider,
  type ProviderTarget,
} from "../../../src/providers/provider.js";
import { motoAvailable } from "./moto.js";

export const CREDENTIALS = { accessKeyId: "testing", secretAccessKey: "testing" };
export const REGION = "us-east-1";

/** Whether moto runs here; registers the failing test CI needs, or warns, when it does not. */
export function motoOrSkip(suite: string): boolean {
  const available = motoAvailable();
  if (!available && process.env.CI === "true") {
    describe(suite, () => {
      it("needs moto_server", () => {
        throw new Error(`moto_server is not installed, and CI=true: ${suite} must run in CI`);
      });
    });
  } else if (!available) {
    console.warn(`SKIPPED: ${suite} — moto_server is not installed (pip install 'moto[server]')`);
  }
  return available;
}

/** The AWS provider with every service's endpoint at moto, waits short and polls fast. */
export function motoProvider(
  endpoint: string,
  progress?: (line: string) => void,
  options: AwsProviderOptions = {},
): Provider {
  return createAwsProviderWith(
    {
      settings: { default: "aws" },
      env: { AWS_ACCESS_KEY_ID: "testing", AWS_SECRET_ACCESS_KEY: "testing", AWS_ENDPOINT_URL: endpoint },
      ...(progress && { progress }),
    },
    { maxAttempts: 2, pollIntervalMs: 10, timeoutMs: 10_000, ...options },
  );
}

export function target(environment: string, repository = "octo/payments"): ProviderTarget {
  return { environment, repository, region: REGION };
}

/** Tags a resource made behind Plagentic's back carries when another repository owns `address`. */
export function foreignTags(environment: string, address: string): { Key: string; Value: string }[] {
  return Object.entries(ownershipTags(target(environment, "mallory/tools"), address)).map(([Key, Value]) => ({
    Key,
    Value,
  }));
}

/** The ProviderOperationError code `p` rejects with (undefined if it resolves). */
export async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
    return undefined;
  } catch (e) {
    expect(e).toBeInstanceOf(ProviderOperationError);
    return (e as ProviderOperationError).code;
  }
}
