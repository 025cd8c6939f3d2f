/**
 * Application Default Credentials, resolved once before the first API call, so that a machine
 * with none gets a CredentialsError rather than an SDK error from inside the first request (and
 * unhandled rejections from the clients that were starting at the same time).
 */
import { GoogleAuth } from "google-auth-library";
export declare const GCP_SCOPES: string[];
export declare function defaultGcpAuth(projectId: string | undefined): GoogleAuth;
/** Resolves the credentials once; every later call gets the same answer. */
export declare function credentialsCheck(auth: GoogleAuth, env: Record<string, string | undefined>): () => Promise<void>;
