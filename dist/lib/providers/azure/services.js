/**
 * The ARM clients of services a spec may not use (AKS, Azure SQL, App Service), each imported
 * only when a handler first asks for it, so that a plan of a VM never loads their SDKs. They are
 * built from the same credential, endpoint and token audience (`providers.azure.*`) as the
 * compute, network and resources clients, and made once per provider and subscription.
 */
import { importOptional } from "../../optional-module.js";
/** Options of the clients generated from TypeSpec (AKS, App Service), as the compute client's. */
const modular = (s) => ({
    ...(s.endpoint && { endpoint: s.endpoint }),
    credentials: { scopes: [s.audience] },
});
export const containerServiceClient = async (s) => new (await importOptional("azure", () => import("@azure/arm-containerservice"))).ContainerServiceClient(s.credential, s.subscription, modular(s));
export const webClient = async (s) => new (await importOptional("azure", () => import("@azure/arm-appservice"))).WebSiteManagementClient(s.credential, s.subscription, modular(s));
// The SQL client is of the older AutoRest generation: it names its token scopes otherwise.
export const sqlClient = async (s) => new (await importOptional("azure", () => import("@azure/arm-sql"))).SqlManagementClient(s.credential, s.subscription, {
    ...(s.endpoint && { endpoint: s.endpoint }),
    credentialScopes: [s.audience],
});
