/**
 * The Azure credential chain, wrapped so that finding no credentials at all becomes a
 * CredentialsError naming the chain, while a credential that exists but is refused (a wrong
 * secret, an expired federated token) keeps Azure's own error.
 */
import type { TokenCredential } from "@azure/identity";
export declare function explainedCredential(inner: TokenCredential): TokenCredential;
