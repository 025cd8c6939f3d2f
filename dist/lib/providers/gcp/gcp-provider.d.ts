import { InstancesClient } from "@google-cloud/compute";
import { type Provider } from "../provider.js";
import type { ProviderDeps } from "../registry.js";
type ClientOptions = NonNullable<ConstructorParameters<typeof InstancesClient>[0]>;
export declare const GCP_TYPES: readonly ["google_compute_network", "google_compute_subnetwork", "google_compute_firewall", "google_compute_instance"];
export interface GcpRetrySettings {
    maxRetries: number;
    initialDelayMs: number;
    maxDelayMs: number;
}
/** What tests (and unusual setups) replace; everything else comes from ProviderDeps. */
export interface GcpProviderOptions {
    /** Credentials; Application Default Credentials (incl. workload identity federation) when absent. */
    authClient?: ClientOptions["authClient"];
    /** Host, port and protocol of the API; deps.settings.gcp.apiEndpoint gives the host (or a URL). */
    endpoint?: {
        apiEndpoint: string;
        port?: number;
        protocol?: "http" | "https";
    };
    /** Explicit retries, since the client's built-in ones do not fire over REST. */
    retry?: Partial<GcpRetrySettings>;
    /** Longest wait for one operation to reach DONE. */
    operationTimeoutMs?: number;
    /** Clock for the operation deadline. */
    now?: () => number;
}
export declare function createGcpProvider(deps: ProviderDeps, options?: GcpProviderOptions): Provider;
/** `compute.example.com` or a URL such as `http://127.0.0.1:8080`. */
export declare function endpointFromSetting(setting: string | undefined): GcpProviderOptions["endpoint"];
/** GCE picks no zone for an instance; `-b` exists in nearly every region (`-a` does not). */
export declare function defaultZone(region: string): string;
/** A UUID-shaped requestId for one step of an update, stable across retries of the same plan. */
export declare function stepRequestId(token: string, step: string): string;
export {};
