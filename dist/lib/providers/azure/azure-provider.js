/**
 * Azure through the ARM SDKs, one handler per type (resources/), dispatched by dispatch.ts.
 * Creates are PUTs by a name derived from (environment, address, token), which makes them
 * idempotent, run as long-running operations polled until done or `wait_timeout_seconds`
 * (long-operation.ts). Reads list each resource group once per resource kind, following nextLink,
 * with no per-resource GETs. AKS, SQL and App Service load their SDKs only when a spec uses them
 * or one tag listing finds their resources (services.ts, discover.ts).
 *
 * Ownership is by the tags of provider.ts (`plagentic:environment`, `plagentic:repository`, the
 * share tags and `plagentic:address`; Azure allows `:` in tag names). Subnets take no tags: a
 * subnet is owned when its virtual network is and its name is one Plagentic generates (names.ts),
 * which also encodes its address.
 *
 * A create is a PUT by name, which would overwrite whatever has that name: the dispatcher looks
 * first (tokenIn "name"). Deleting a resource group deletes everything in it: it is deleted only
 * when it holds nothing but this environment's resources (container.ts).
 */
import { importOptional } from "../../optional-module.js";
import { ComputeManagementClient } from "@azure/arm-compute";
import { NetworkManagementClient } from "@azure/arm-network";
import { ResourceManagementClient } from "@azure/arm-resources";
import { explainedCredential } from "./credentials.js";
import { dispatchProvider } from "../dispatch.js";
import { ProviderOperationError } from "../provider.js";
import { azureContext } from "./context.js";
import { discoverAzure } from "./discover.js";
import { AZURE_HANDLERS } from "./resources/index.js";
export const AZURE_TYPES = Object.keys(AZURE_HANDLERS);
export async function createAzureProvider(deps, options = {}) {
    const settings = deps.settings.azure ?? {};
    const credential = explainedCredential(options.credential ?? (await defaultCredential(settings)));
    const endpoint = settings.endpoint;
    // The ARM clients ask for a management.azure.com token whatever their endpoint; a sovereign
    // cloud's endpoint needs its own audience.
    const audience = settings.audience ?? `${endpoint ? new URL(endpoint).origin : PUBLIC_ARM}/.default`;
    const progress = deps.progress ?? (() => undefined);
    const clients = new Map();
    const services = new Map();
    const clock = {
        sleep: options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
        now: options.now ?? (() => Date.now()),
        pollIntervalMs: options.updateIntervalInMs ?? 5000,
        timeoutMs: options.timeoutMs ??
            (settings.waitTimeoutSeconds !== undefined ? settings.waitTimeoutSeconds * 1000 : 1_800_000),
        progress,
    };
    function serviceFor(make, subscription) {
        let bySubscription = services.get(make);
        if (!bySubscription)
            services.set(make, (bySubscription = new Map()));
        let c = bySubscription.get(subscription);
        if (!c) {
            c = make({ credential, subscription, ...(endpoint && { endpoint }), audience });
            bySubscription.set(subscription, c);
        }
        return c;
    }
    function clientsFor(subscription) {
        let c = clients.get(subscription);
        if (!c) {
            const opts = { ...(endpoint && { endpoint }), credentials: { scopes: [audience] } };
            c = {
                compute: new ComputeManagementClient(credential, subscription, opts),
                network: new NetworkManagementClient(credential, subscription, opts),
                resources: new ResourceManagementClient(credential, subscription, opts),
            };
            clients.set(subscription, c);
        }
        return c;
    }
    function subscriptionOf(target) {
        const sub = target.subscription ?? settings.subscriptionId ?? deps.env["AZURE_SUBSCRIPTION_ID"];
        if (!sub) {
            throw new ProviderOperationError("MissingSubscription", "no Azure subscription: set `subscription:` in the spec or `providers.azure.subscription_id` in config");
        }
        return sub;
    }
    return dispatchProvider({
        name: "azure",
        handlers: AZURE_HANDLERS,
        context: (target) => azureContext({
            clientsFor,
            serviceFor,
            subscriptionOf,
            defaultGroup: (t) => t.resourceGroup ?? settings.resourceGroup,
            clock,
            progress,
        }, target),
        discover: discoverAzure,
    });
}
const PUBLIC_ARM = "https://management.azure.com";
async function defaultCredential(settings) {
    const { DefaultAzureCredential } = await importOptional("azure", () => import("@azure/identity"));
    return new DefaultAzureCredential({
        ...(settings.authorityHost && { authorityHost: settings.authorityHost }),
        ...(settings.instanceDiscovery === false && { disableInstanceDiscovery: true }),
    });
}
