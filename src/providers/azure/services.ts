/**
 * The ARM clients of services a spec may not use (AKS, Azure SQL, App Service), each imported
 * only when a handler first asks for it, so that a plan of a VM never loads their SDKs. They are
 * built from the same credential, endpoint and token audience (`providers.azure.*`) as the
 * compute, network and resources clients, and made once per provider and subscription.
 */
import { importOptional } from "../../optional-module.js";
import type { ContainerServiceClient } from "@azure/arm-containerservice";
import type { SqlManagementClient } from "@azure/arm-sql";
import type { WebSiteManagementClient } from "@azure/arm-appservice";
import type { TokenCredential } from "@azure/identity";

export interface ArmClientSettings {
  credential: TokenCredential;
  subscription: string;
  /** The ARM endpoint when config overrides it (a sovereign cloud). */
  endpoint?: string;
  /** The token scope every client asks for (`<endpoint origin>/.default` unless configured). */
  audience: string;
}

/** Builds one service's client; the provider keeps what it makes, keyed by this function. */
export type ServiceMaker<C> = (s: ArmClientSettings) => Promise<C>;

/** Options of the clients generated from TypeSpec (AKS, App Service), as the compute client's. */
const modular = (s: ArmClientSettings) => ({
  ...(s.endpoint && { endpoint: s.endpoint }),
  credentials: { scopes: [s.audience] },
});

export const containerServiceClient: ServiceMaker<ContainerServiceClient> = async (s) =>
  new (await importOptional("azure", () => import("@azure/arm-containerservice"))).ContainerServiceClient(
    s.credential,
    s.subscription,
    modular(s),
  );

export const webClient: ServiceMaker<WebSiteManagementClient> = async (s) =>
  new (await importOptional("azure", () => import("@azure/arm-appservice"))).WebSiteManagementClient(
    s.credential,
    s.subscription,
    modular(s),
  );

// The SQL client is of the older AutoRest generation: it names its token scopes otherwise.
export const sqlClient: ServiceMaker<SqlManagementClient> = async (s) =>
  new (await importOptional("azure", () => import("@azure/arm-sql"))).SqlManagementClient(
    s.credential,
    s.subscription,
    {
      ...(s.endpoint && { endpoint: s.endpoint }),
      credentialScopes: [s.audience],
    },
  );
