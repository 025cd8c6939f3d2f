/**
 * Google Cloud through @google-cloud/compute (and, for handlers of other APIs, their own clients)
 * over REST, one handler per type (resources/), dispatched by dispatch.ts.
 *
 * Reads are a handful of bulk list calls filtered server-side: by name prefix for the types that
 * take no labels, by the environment label for those that do. Creates carry GCE's `requestId`
 * (the idempotency token) under a name the token gives, and wait on the operation until it is
 * DONE, checking its `error`, which the client does not raise. Ownership is the tags of
 * provider.ts, kept in full in a marker (ownership.ts).
 */
import { capabilitiesOf, dispatchProvider } from "../dispatch.js";
import {
  ProviderOperationError,
  type HandlerTable,
  type Provider,
  type ProviderCapabilities,
  type ProviderTarget,
} from "../provider.js";
import type { ProviderDeps } from "../registry.js";
import type { WaitClock } from "../waiting.js";
import type { GcpClientOptions } from "./api-context.js";
import {
  callOptions,
  clientOptionsOf,
  computeClients,
  type ClientOptions,
  type GcpEndpoint,
  type GcpRetrySettings,
} from "./clients.js";
import { gcpContext, type GcpContext } from "./context.js";
import { credentialsCheck, defaultGcpAuth } from "./credentials.js";
import { GCP_HANDLERS } from "./resources/index.js";

export { defaultZone, stepRequestId } from "./compute.js";
export { endpointFromSetting, type GcpRetrySettings } from "./clients.js";

export const GCP_TYPES = Object.keys(GCP_HANDLERS);

export const GCP_CAPABILITIES: ProviderCapabilities = capabilitiesOf(GCP_HANDLERS);

/** What tests (and unusual setups) replace; everything else comes from ProviderDeps. */
export interface GcpProviderOptions {
  /** Credentials; Application Default Credentials (incl. workload identity federation) when absent. */
  authClient?: ClientOptions["authClient"];
  /** Host, port and protocol of the API; deps.settings.gcp.apiEndpoint gives the host (or a URL). */
  endpoint?: GcpEndpoint;
  /** Explicit retries, since the client's built-in ones do not fire over REST. */
  retry?: Partial<GcpRetrySettings>;
  /** Longest wait for one operation (default: `wait_timeout_seconds` in config, or 30 minutes). */
  timeoutMs?: number;
  /** Between two waits on an operation that is not DONE yet (default 1 s). */
  pollIntervalMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Another handler table over the same context (tests of the context itself). */
  handlers?: HandlerTable<GcpContext>;
}

export function createGcpProvider(deps: ProviderDeps, options: GcpProviderOptions = {}): Provider {
  const clientOptions = clientOptionsOf(deps, options.authClient, options.endpoint);
  // Given credentials (tests, unusual setups) are used as they are; ADC is checked before any call.
  let credentialsReady: () => Promise<void> = async () => undefined;
  if (!options.authClient) {
    const auth = defaultGcpAuth(deps.settings.gcp?.project);
    clientOptions.auth = auth;
    credentialsReady = credentialsCheck(auth, deps.env);
  }
  const compute = computeClients(clientOptions);
  const timeoutSeconds = deps.settings.gcp?.waitTimeoutSeconds;
  const clock: WaitClock = {
    sleep: options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
    now: options.now ?? (() => Date.now()),
    pollIntervalMs: options.pollIntervalMs ?? 1000,
    timeoutMs: options.timeoutMs ?? (timeoutSeconds !== undefined ? timeoutSeconds * 1000 : 1_800_000),
    progress: deps.progress,
  };
  // Clients of other APIs (GKE, Cloud SQL, Functions), one per api, made on first use.
  const others = new Map<string, { close(): Promise<void> }>();
  function client<T extends { close(): Promise<void> }>(api: string, make: (o: GcpClientOptions) => T): T {
    let c = others.get(api);
    if (!c) others.set(api, (c = make({ ...clientOptions } as GcpClientOptions)));
    return c as T;
  }

  function project(target: ProviderTarget): string {
    const p = target.project ?? deps.settings.gcp?.project ?? deps.env["GOOGLE_CLOUD_PROJECT"];
    if (!p) {
      throw new ProviderOperationError(
        "MissingProject",
        "no GCP project: set `project:` in the environment spec or `providers.gcp.project` in config",
      );
    }
    return p;
  }

  const call = callOptions(options.retry);
  const dispatched = dispatchProvider<GcpContext>({
    name: "gcp",
    handlers: options.handlers ?? GCP_HANDLERS,
    context: (target) =>
      gcpContext({ compute, call, clock, progress: deps.progress, project, client }, target),
    async close() {
      await Promise.all([...Object.values(compute), ...others.values()].map((c) => c.close()));
      others.clear();
    },
  });
  return {
    ...dispatched,
    readLive: async (target) => (await credentialsReady(), dispatched.readLive(target)),
    create: async (op) => (await credentialsReady(), dispatched.create(op)),
    update: async (op) => (await credentialsReady(), dispatched.update(op)),
    delete: async (target, resource) => (await credentialsReady(), dispatched.delete(target, resource)),
  };
}
