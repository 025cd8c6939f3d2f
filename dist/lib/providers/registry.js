import { NotFoundError, PlagenticError } from "../spec/errors.js";
const factories = {
    sandbox: async (deps) => {
        const { createSandboxProvider } = await import("./sandbox/sandbox-provider.js");
        return createSandboxProvider({ store: deps.store(), catalog: deps.catalog });
    },
    aws: notYet("aws"),
    gcp: notYet("gcp"),
    azure: notYet("azure"),
};
export const PROVIDER_NAMES = Object.keys(factories);
export async function loadProvider(name, deps) {
    const factory = factories[name];
    if (!factory)
        throw new NotFoundError("provider", name, PROVIDER_NAMES);
    return factory(deps);
}
function notYet(name) {
    return () => Promise.reject(new PlagenticError(`the ${name} provider is not available in this version yet; use provider: sandbox to plan and apply locally`));
}
