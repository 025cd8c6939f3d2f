/**
 * The AWS provider: one handler per type (resources/), dispatched by dispatch.ts. EC2 types use
 * the region's EC2 client; optional types (load balancers...) load their SDK on first use, and
 * the tagging API (discover.ts) tells whether an environment holds any the spec does not name.
 *
 * Live state is read in bulk by ownership tag. Creates carry the ownership tags in the create
 * call itself (TagSpecifications), so nothing is ever untagged, and are idempotent: instances
 * through RunInstances' ClientToken, the other types (which take no token) by finding the resource
 * an earlier attempt tagged with the same token.
 */
import type { EC2Client, EC2ClientConfig } from "@aws-sdk/client-ec2";
import { capabilitiesOf, dispatchProvider } from "../dispatch.js";
import { AWS_ADOPTION } from "./adopt.js";
import type { Provider, ProviderCapabilities } from "../provider.js";
import type { ProviderDeps } from "../registry.js";
import { awsClientConfig, createEc2Client, type AwsClientConfig, type ClientOptions } from "./client.js";
import type { AwsContext } from "./context.js";
import { discoverTypes } from "./discover.js";
import { AWS_HANDLERS } from "./resources/index.js";
import type { WaitClock } from "../waiting.js";

export const AWS_TYPES = Object.keys(AWS_HANDLERS);

export const AWS_CAPABILITIES: ProviderCapabilities = capabilitiesOf(AWS_HANDLERS);

export interface AwsProviderOptions {
  /** One client for every region (tests); otherwise one is built per region from deps. */
  client?: EC2Client;
  /** Bound on attempts per API call under the SDK's standard retry strategy (default 5). */
  maxAttempts?: number;
  /** Replaces the standard retry strategy (tests use ConfiguredRetryStrategy with no delay). */
  retryStrategy?: EC2ClientConfig["retryStrategy"];
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Between polls while waiting for a state (default 3 s). */
  pollIntervalMs?: number;
  /** Longest wait for one state change (default: `wait_timeout_seconds` in config, or 30 minutes). */
  timeoutMs?: number;
  /** Clients of other services (tests hand in ones pointed at a fake), by service name. */
  clients?: Readonly<Record<string, { destroy(): void }>>;
}

type Deps = Pick<ProviderDeps, "settings" | "env" | "progress">;

export function createAwsProviderWith(deps: Deps, options: AwsProviderOptions = {}): Provider {
  const clock: WaitClock = {
    sleep: options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
    now: options.now ?? (() => Date.now()),
    pollIntervalMs: options.pollIntervalMs ?? 3000,
    timeoutMs:
      options.timeoutMs ??
      (deps.settings.aws?.waitTimeoutSeconds !== undefined
        ? deps.settings.aws.waitTimeoutSeconds * 1000
        : 1_800_000),
    progress: deps.progress,
  };

  const clientOptions = (region: string): ClientOptions => ({
    region,
    settings: deps.settings,
    env: deps.env,
    ...(options.maxAttempts !== undefined && { maxAttempts: options.maxAttempts }),
    ...(options.retryStrategy !== undefined && { retryStrategy: options.retryStrategy }),
  });
  // One client per service and region, made on first use.
  const clients = new Map<string, { destroy(): void }>();
  function serviceClient<T extends { destroy(): void }>(
    service: string,
    region: string,
    make: (config: AwsClientConfig) => T,
  ): T {
    const given = options.clients?.[service];
    if (given) return given as T;
    const key = `${service} ${region}`;
    let c = clients.get(key);
    if (!c) {
      c = make(awsClientConfig(clientOptions(region), service));
      clients.set(key, c);
    }
    return c as T;
  }
  const ec2For = (region: string): EC2Client =>
    options.client ?? serviceClient("EC2", region, () => createEc2Client(clientOptions(region)));

  return dispatchProvider<AwsContext>({
    name: "aws",
    handlers: AWS_HANDLERS,
    context: (target) => ({
      ec2: ec2For(target.region),
      client: (service, make) => serviceClient(service, target.region, make),
      clock,
      progress: deps.progress,
    }),
    discover: (ctx, target, types) => discoverTypes(ctx, target, types, AWS_HANDLERS),
    adoption: AWS_ADOPTION,
    async close() {
      for (const c of clients.values()) c.destroy();
      clients.clear();
    },
  });
}
