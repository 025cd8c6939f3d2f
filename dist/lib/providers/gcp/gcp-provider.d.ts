import { type HandlerTable, type Provider, type ProviderCapabilities } from "../provider.js";
import type { ProviderDeps } from "../registry.js";
import { type ClientOptions, type GcpEndpoint, type GcpRetrySettings } from "./clients.js";
import { type GcpContext } from "./context.js";
export { defaultZone, stepRequestId } from "./compute.js";
export { endpointFromSetting, type GcpRetrySettings } from "./clients.js";
export declare const GCP_TYPES: string[];
export declare const GCP_CAPABILITIES: ProviderCapabilities;
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
export declare function createGcpProvider(deps: ProviderDeps, options?: GcpProviderOptions): Provider;
