/**
 * Application Default Credentials, resolved once before the first API call, so that a machine
 * with none gets a CredentialsError rather than an SDK error from inside the first request (and
 * unhandled rejections from the clients that were starting at the same time).
 */
import { GoogleAuth } from "google-auth-library";
import { CredentialsError } from "../credentials.js";

export const GCP_SCOPES = ["https://www.googleapis.com/auth/cloud-platform"];

export function defaultGcpAuth(projectId: string | undefined): GoogleAuth {
  return new GoogleAuth({ scopes: GCP_SCOPES, ...(projectId !== undefined && { projectId }) });
}

/** Resolves the credentials once; every later call gets the same answer. */
export function credentialsCheck(
  auth: GoogleAuth,
  env: Record<string, string | undefined>,
): () => Promise<void> {
  let checked: Promise<void> | undefined;
  return () =>
    (checked ??= auth.getClient().then(
      () => undefined,
      (e: unknown) => {
        throw explain(e, env);
      },
    ));
}

function explain(e: unknown, env: Record<string, string | undefined>): unknown {
  const message = e instanceof Error ? e.message : String(e);
  // Anything but "found none" (a malformed key file, a refused token exchange) keeps its own words.
  if (!/could not load the default credentials/i.test(message)) return e;
  const keyFile = env["GOOGLE_APPLICATION_CREDENTIALS"];
  return new CredentialsError(
    "gcp",
    [
      `GOOGLE_APPLICATION_CREDENTIALS (${keyFile ? `${keyFile}, which did not load` : "not set"}): a service account key or a workload identity federation config`,
      "the gcloud application-default login (~/.config/gcloud/application_default_credentials.json)",
      "the metadata server of a Google Cloud VM, Cloud Run or GKE",
    ],
    "On GitHub, use google-github-actions/auth with workload_identity_provider; locally, run `gcloud auth application-default login`.",
    message,
  );
}
