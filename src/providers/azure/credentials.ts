/**
 * The Azure credential chain, wrapped so that finding no credentials at all becomes a
 * CredentialsError naming the chain, while a credential that exists but is refused (a wrong
 * secret, an expired federated token) keeps Azure's own error.
 */
import type { AccessToken, GetTokenOptions, TokenCredential } from "@azure/identity";
import { CredentialsError } from "../credentials.js";

/** The errors @azure/identity raises when no source in the chain could even be tried. */
const UNAVAILABLE = new Set(["CredentialUnavailableError", "AggregateAuthenticationError"]);

export function explainedCredential(inner: TokenCredential): TokenCredential {
  return {
    async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken | null> {
      try {
        return await inner.getToken(scopes, options);
      } catch (e) {
        const err = e as { name?: string; errors?: { name?: string }[]; message?: string };
        const all = err.name === "AggregateAuthenticationError" ? (err.errors ?? []) : [err];
        if (!UNAVAILABLE.has(err.name ?? "") || !all.every((x) => UNAVAILABLE.has(x.name ?? ""))) throw e;
        throw new CredentialsError(
          "azure",
          [
            "the environment (AZURE_TENANT_ID and AZURE_CLIENT_ID with AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH)",
            "workload identity (AZURE_FEDERATED_TOKEN_FILE)",
            "a managed identity",
            "the Azure CLI, Azure PowerShell and Azure Developer CLI logins",
          ],
          "On GitHub, use azure/login with OIDC (client-id, tenant-id, subscription-id); locally, run `az login`.",
          String(err.message ?? e),
        );
      }
    },
  };
}
