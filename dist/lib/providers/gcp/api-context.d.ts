/**
 * What every GCP resource handler shares, whatever API it talks to: the project, the clock to wait
 * with, and clients made on first use. Compute Engine's handlers add their own clients on top
 * (GcpContext extends this); GKE, Cloud SQL and Cloud Functions handlers import their SDK
 * dynamically and ask `client` for one, so a plan of a spec without them never loads it.
 */
import type { ProviderTarget } from "../provider.js";
import type { WaitClock } from "../waiting.js";
/**
 * Options every google-gax client takes: credentials, the REST transport (`fallback`), and the
 * endpoint override from `providers.gcp.api_endpoint` (one host may serve every API, as a
 * private endpoint or a local fake does).
 */
export interface GcpClientOptions {
    fallback?: boolean;
    projectId?: string;
    auth?: unknown;
    authClient?: unknown;
    apiEndpoint?: string;
    port?: number;
    protocol?: "http" | "https";
}
export interface GcpApiContext {
    target: ProviderTarget;
    /** The target's project (spec, then config, then GOOGLE_CLOUD_PROJECT). */
    project: string;
    clock: WaitClock;
    progress?: ((line: string) => void) | undefined;
    /**
     * A client of `api` (`container`, `sql`, `functions`), made once per provider by `make` from
     * the shared options: `ctx.client("container", (o) => new ClusterManagerClient(o))`.
     */
    client<T extends {
        close(): Promise<void>;
    }>(api: string, make: (options: GcpClientOptions) => T): T;
}
