/**
 * The options every Google client of one provider is made from (credentials, REST transport, the
 * `providers.gcp.api_endpoint` override), the Compute clients themselves, and the call options
 * that give them retries: the clients' built-in retries do not fire over REST.
 */
import { DisksClient, FirewallsClient, GlobalOperationsClient, InstancesClient, NetworksClient, RegionOperationsClient, SubnetworksClient, ZoneOperationsClient, } from "@google-cloud/compute";
/**
 * Codes worth retrying: gRPC statuses (UNAVAILABLE, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED, INTERNAL)
 * and, because errors over REST can reach the retry loop with the HTTP status as their code, the
 * HTTP statuses they map from. Retrying an insert is safe: it carries its requestId.
 */
const RETRYABLE_CODES = [14, 4, 8, 13, 500, 502, 503, 504, 429];
export function computeClients(options) {
    return {
        networks: new NetworksClient(options),
        subnetworks: new SubnetworksClient(options),
        firewalls: new FirewallsClient(options),
        instances: new InstancesClient(options),
        disks: new DisksClient(options),
        globalOps: new GlobalOperationsClient(options),
        regionOps: new RegionOperationsClient(options),
        zoneOps: new ZoneOperationsClient(options),
    };
}
export function callOptions(settings = {}) {
    const retry = { maxRetries: 4, initialDelayMs: 500, maxDelayMs: 10_000, ...settings };
    return {
        autoPaginate: false,
        retry: {
            retryCodes: RETRYABLE_CODES,
            backoffSettings: {
                maxRetries: retry.maxRetries,
                initialRetryDelayMillis: retry.initialDelayMs,
                retryDelayMultiplier: 2,
                maxRetryDelayMillis: retry.maxDelayMs,
            },
        },
    };
}
export function clientOptionsOf(deps, authClient, endpoint) {
    const out = { fallback: true };
    const project = deps.settings.gcp?.project;
    if (project)
        out.projectId = project;
    if (authClient)
        out.authClient = authClient;
    const at = endpoint ?? endpointFromSetting(deps.settings.gcp?.apiEndpoint);
    if (at) {
        out.apiEndpoint = at.apiEndpoint;
        if (at.port !== undefined)
            out.port = at.port;
        if (at.protocol !== undefined)
            out.protocol = at.protocol;
    }
    return out;
}
/** `compute.example.com` or a URL such as `http://127.0.0.1:8080`. */
export function endpointFromSetting(setting) {
    if (!setting)
        return undefined;
    if (!setting.includes("://"))
        return { apiEndpoint: setting };
    const url = new URL(setting);
    const protocol = url.protocol === "http:" ? "http" : "https";
    return {
        apiEndpoint: url.hostname,
        protocol,
        ...(url.port !== "" && { port: Number(url.port) }),
    };
}
