/**
 * A GcpApiContext for the GKE, Cloud SQL and Functions handler tests: real SDK clients over REST
 * (`fallback`) pointed at a local fake, credentials that need no network, and a clock that only
 * moves when the handler sleeps, so waits and timeouts take no time.
 */
import type { GcpApiContext, GcpClientOptions } from "../../../src/providers/gcp/api-context.js";
import { dispatchProvider } from "../../../src/providers/dispatch.js";
import type {
  HandlerTable,
  Provider,
  ProviderTarget,
  ResourceOperation,
} from "../../../src/providers/provider.js";
import { fakeAuth, target } from "./fixtures.js";

export interface ServiceRig {
  provider: Provider;
  ctx: GcpApiContext;
  progress: string[];
  close(): Promise<void>;
}

export function serviceRig(
  port: number,
  handlers: HandlerTable<GcpApiContext>,
  forTarget = target,
): ServiceRig {
  const progress: string[] = [];
  const made = new Map<string, { close(): Promise<void> }>();
  let now = 0;
  const options: GcpClientOptions = {
    fallback: true,
    projectId: "demo",
    authClient: fakeAuth(),
    apiEndpoint: "127.0.0.1",
    port,
    protocol: "http",
  };
  const ctx: GcpApiContext = {
    target: forTarget,
    project: "demo",
    clock: {
      now: () => now,
      sleep: async (ms) => {
        now += ms;
      },
      pollIntervalMs: 5_000,
      timeoutMs: 300_000,
      progress: (line) => progress.push(line),
    },
    progress: (line) => progress.push(line),
    client<T extends { close(): Promise<void> }>(api: string, make: (o: GcpClientOptions) => T): T {
      if (!made.has(api)) made.set(api, make(options));
      return made.get(api) as T;
    },
  };
  const provider = dispatchProvider({
    name: "gcp",
    handlers,
    context: (t: ProviderTarget) => ({ ...ctx, target: t }),
  });
  return {
    provider,
    ctx,
    progress,
    close: async () => {
      await Promise.all([...made.values()].map((c) => c.close()));
    },
  };
}

export function operation(
  type: string,
  address: string,
  attributes: ResourceOperation["attributes"],
  token = "token-1",
  tags: Record<string, string> = {},
  forTarget: ProviderTarget = target,
): ResourceOperation {
  return { target: forTarget, address, type, attributes, tags, token };
}
