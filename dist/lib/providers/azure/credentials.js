import { CredentialsError } from "../credentials.js";
/** The errors @azure/identity raises when no source in the chain could even be tried. */
const UNAVAILABLE = new Set(["CredentialUnavailableError", "AggregateAuthenticationError"]);
export function explainedCredential(inner) {
    return {
        async getToken(scopes, options) {
            try {
                return await inner.getToken(scopes, options);
            }
            catch (e) {
                const err = e;
                const all = err.name === "AggregateAuthenticationError" ? (err.errors ?? []) : [err];
                if (!UNAVAILABLE.has(err.name ?? "") || !all.every((x) => UNAVAILABLE.has(x.name ?? "")))
                    throw e;
                throw new CredentialsError("azure", [
                    "the environment (AZURE_TENANT_ID and AZURE_CLIENT_ID with AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH)",
                    "workload identity (AZURE_FEDERATED_TOKEN_FILE)",
                    "a managed identity",
                    "the Azure CLI, Azure PowerShell and Azure Developer CLI logins",
                ], "On GitHub, use azure/login with OIDC (client-id, tenant-id, subscription-id); locally, run `az login`.", String(err.message ?? e));
            }
        },
    };
}
