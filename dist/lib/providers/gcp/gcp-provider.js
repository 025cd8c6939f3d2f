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
import { ProviderOperationError, } from "../provider.js";
import { callOptions, clientOptionsOf, computeClients, } from "./clients.js";
import { gcpContext } from "./context.js";
import { credentialsCheck, defaultGcpAuth } from "./credentials.js";
import { GCP_HANDLERS } from "./resources/index.js";
export { defaultZone, stepRequestId } from "./compute.js";
export { endpointFromSetting } from "./clients.js";
export const GCP_TYPES = Object.keys(GCP_HANDLERS);
export const GCP_CAPABILITIES = capabilitiesOf(GCP_HANDLERS);
export function createGcpProvider(deps, options = {}) {
    const clientOptions = clientOptionsOf(deps, options.authClient, options.endpoint);
    // Given credentials (tests, unusual setups) are used as they are; ADC is checked before any call.
    let credentialsReady = async () => undefined;
    if (!options.authClient) {
        const auth = defaultGcpAuth(deps.settings.gcp?.project);
        clientOptions.auth = auth;
        credentialsReady = credentialsCheck(auth, deps.env);
    }
    const compute = computeClients(clientOptions);
    const timeoutSeconds = deps.settings.gcp?.waitTimeoutSeconds;
    const clock = {
        sleep: options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
        now: options.now ?? (() => Date.now()),
        pollIntervalMs: options.pollIntervalMs ?? 1000,
        timeoutMs: options.timeoutMs ?? (timeoutSeconds !== undefined ? timeoutSeconds * 1000 : 1_800_000),
        progress: deps.progress,
    };
    // Clients of other APIs (GKE, Cloud SQL, Functions), one per api, made on first use.
    const others = new Map();
    function client(api, make) {
        let c = others.get(api);
        if (!c)
            others.set(api, (c = make({ ...clientOptions })));
        return c;
    }
    function project(target) {
        const p = target.project ?? deps.settings.gcp?.project ?? deps.env["GOOGLE_CLOUD_PROJECT"];
        if (!p) {
            throw new ProviderOperationError("MissingProject", "no GCP project: set `project:` in the environment spec or `providers.gcp.project` in config");
        }
        return p;
    }
    const call = callOptions(options.retry);
    const dispatched = dispatchProvider({
        name: "gcp",
        handlers: options.handlers ?? GCP_HANDLERS,
        context: (target) => gcpContext({ compute, call, clock, progress: deps.progress, project, client }, target),
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
