/**
 * The options every Google client of one provider is made from (credentials, REST transport, the
 * `providers.gcp.api_endpoint` override), the Compute clients themselves, and the call options
 * that give them retries: the clients' built-in retries do not fire over REST.
 */
import { DisksClient, FirewallsClient, GlobalOperationsClient, InstancesClient, NetworksClient, RegionOperationsClient, SubnetworksClient, ZoneOperationsClient } from "@google-cloud/compute";
import type { CallOptions } from "google-gax";
import type { ProviderDeps } from "../registry.js";
export type ClientOptions = NonNullable<ConstructorParameters<typeof InstancesClient>[0]>;
export interface ComputeClients {
    networks: NetworksClient;
    subnetworks: SubnetworksClient;
    firewalls: FirewallsClient;
    instances: InstancesClient;
    disks: DisksClient;
    globalOps: GlobalOperationsClient;
    regionOps: RegionOperationsClient;
    zoneOps: ZoneOperationsClient;
}
export interface GcpRetrySettings {
    maxRetries: number;
    initialDelayMs: number;
    maxDelayMs: number;
}
export interface GcpEndpoint {
    apiEndpoint: string;
    port?: number;
    protocol?: "http" | "https";
}
export declare function computeClients(options: ClientOptions): ComputeClients;
export declare function callOptions(settings?: Partial<GcpRetrySettings>): CallOptions;
export declare function clientOptionsOf(deps: Pick<ProviderDeps, "settings">, authClient: ClientOptions["authClient"] | undefined, endpoint: GcpEndpoint | undefined): ClientOptions;
/** `compute.example.com` or a URL such as `http://127.0.0.1:8080`. */
export declare function endpointFromSetting(setting: string | undefined): GcpEndpoint | undefined;
