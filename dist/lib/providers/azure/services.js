/** Options of the clients generated from TypeSpec (AKS, App Service), as the compute client's. */
const modular = (s) => ({
    ...(s.endpoint && { endpoint: s.endpoint }),
    credentials: { scopes: [s.audience] },
});
export const containerServiceClient = async (s) => new (await import("@azure/arm-containerservice")).ContainerServiceClient(s.credential, s.subscription, modular(s));
export const webClient = async (s) => new (await import("@azure/arm-appservice")).WebSiteManagementClient(s.credential, s.subscription, modular(s));
// The SQL client is of the older AutoRest generation: it names its token scopes otherwise.
export const sqlClient = async (s) => new (await import("@azure/arm-sql")).SqlManagementClient(s.credential, s.subscription, {
    ...(s.endpoint && { endpoint: s.endpoint }),
    credentialScopes: [s.audience],
});
