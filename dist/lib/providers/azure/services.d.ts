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
export declare const containerServiceClient: ServiceMaker<ContainerServiceClient>;
export declare const webClient: ServiceMaker<WebSiteManagementClient>;
export declare const sqlClient: ServiceMaker<SqlManagementClient>;
