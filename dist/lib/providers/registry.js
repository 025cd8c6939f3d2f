import { NotFoundError, PlagenticError } from "../spec/errors.js";
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
    aws: async (deps) => (await import("./aws/index.js")).createAwsProvider(deps),
    gcp: async (deps) => (await importing(() => import("./gcp/index.js"), "@google-cloud/compute")).createGcpProvider(deps),
    azure: async (deps) => (await import("./azure/index.js")).createAzureProvider(deps),
};
/**
 * A provider module whose SDK may be absent: the bundled GitHub Action leaves the GCP client out,
 * and says so instead of failing with a module-resolution error.
 */
async function importing(load, sdk) {
    try {
        return await load();
    }
    catch (e) {
        if (e.code === "ERR_MODULE_NOT_FOUND" && String(e).includes(sdk)) {
            throw new PlagenticError(`this build of plagentic does not include ${sdk}; the GitHub Action bundle leaves it out. ` +
                "Run `npx plagentic` from a workflow step (after npm ci) or use the GitHub App for this environment.");
        }
        throw e;
    }
}
export const PROVIDER_NAMES = Object.keys(factories);
export async function loadProvider(name, deps) {
    const factory = factories[name];
    if (!factory)
        throw new NotFoundError("provider", name, PROVIDER_NAMES);
    return factory(deps);
}
