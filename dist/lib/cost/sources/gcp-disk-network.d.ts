import { type PriceFetcher } from "./fetcher.js";
export declare const GCP_DEFAULT_ENDPOINT = "https://cloudbilling.googleapis.com";
export declare const COMPUTE_ENGINE_SERVICE_ID = "6F81-5844-456A";
export declare const GCP_KEY_VARIABLES: readonly ["PLAGENTIC_GCP_API_KEY", "GOOGLE_API_KEY"];
export interface GcpSku {
    skuId?: string;
    description?: string;
    category?: {
        resourceFamily?: string;
        resourceGroup?: string;
        usageType?: string;
    };
    serviceRegions?: string[];
    pricingInfo?: {
        effectiveTime?: string;
        pricingExpression?: {
            usageUnit?: string;
            tieredRates?: {
                startUsageAmount?: number;
                unitPrice?: {
                    currencyCode?: string;
                    units?: string;
                    nanos?: number;
                };
            }[];
        };
    }[];
}
/** The API key from the environment; its absence is an error naming both variables. */
export declare function gcpApiKey(env: Readonly<Record<string, string | undefined>>): string;
/** Which table and key a SKU prices, or undefined when it is not one we keep. */
export declare function classifySku(sku: GcpSku): {
    table: "disk" | "network";
    key: string;
} | undefined;
/** The first non-zero USD tier's price (a free first tier is not the list price). */
export declare function skuPrice(sku: GcpSku): number | undefined;
export declare const gcpDiskNetworkFetcher: PriceFetcher;
