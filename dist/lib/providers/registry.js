import { importOptional } from "../optional-module.js";
import { NotFoundError } from "../spec/errors.js";
const factories = {
    sandbox: async (deps) => {
        const { createSandboxProvider } = await import("./sandbox/sandbox-provider.js");
        const delay = deps.settings.sandbox?.operationDelayMs;
        return createSandboxProvider({
            store: deps.store(),
            catalog: deps.catalog,
            ...(delay !== undefined && { operationDelayMs: delay }),
        });
    },
    aws: async (deps) => (await importOptional("aws", () => import("./aws/index.js"))).createAwsProvider(deps),
    gcp: async (deps) => (await importOptional("gcp", () => import("./gcp/index.js"))).createGcpProvider(deps),
    azure: async (deps) => (await importOptional("azure", () => import("./azure/index.js"))).createAzureProvider(deps),
};
export const PROVIDER_NAMES = Object.keys(factories);
export async function loadProvider(name, deps) {
    const factory = factories[name];
    if (!factory)
        throw new NotFoundError("provider", name, PROVIDER_NAMES);
    return factory(deps);
}
