/**
 * What every Compute Engine handler shares, on top of GcpApiContext (which GKE, Cloud SQL and
 * Cloud Functions handlers use alone): the Compute clients, the call options that retry, and
 * waiting on a GCE operation until it is DONE within `providers.gcp.wait_timeout_seconds`.
 */
import type { CallOptions } from "google-gax";
import { type ProviderTarget } from "../provider.js";
import { type WaitClock } from "../waiting.js";
import type { GcpApiContext, GcpClientOptions } from "./api-context.js";
import type { ComputeClients } from "./clients.js";
import type { GcpScope } from "./names.js";
/** What a mutating Compute call resolves to: the started operation first. */
export type Started = Promise<[{
    latestResponse: unknown;
}, ...unknown[]]>;
export interface GcpContext extends GcpApiContext {
    compute: ComputeClients;
    /** Options of every Compute call: explicit retries, one page per call. */
    call: CallOptions;
    /**
     * Starts a mutating call and waits until its operation is DONE. A DONE operation that carries
     * `error` (which the client does not raise) fails with GCE's code; running past the clock's
     * bound is a Timeout naming `what`.
     */
    operate(scope: GcpScope, what: string, start: () => Started): Promise<void>;
}
export interface GcpContextSettings {
    compute: ComputeClients;
    call: CallOptions;
    clock: WaitClock;
    progress?: ((line: string) => void) | undefined;
    project(target: ProviderTarget): string;
    /** One client per api and provider (see GcpApiContext.client). */
    client<T extends {
        close(): Promise<void>;
    }>(api: string, make: (options: GcpClientOptions) => T): T;
}
export declare function gcpContext(s: GcpContextSettings, target: ProviderTarget): GcpContext;
