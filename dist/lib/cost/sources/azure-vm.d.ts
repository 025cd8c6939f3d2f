import { type PriceFetcher } from "./fetcher.js";
export declare const AZURE_DEFAULT_ENDPOINT = "https://prices.azure.com";
export declare const AZURE_API_VERSION = "2023-01-01-preview";
export interface AzureRetailItem {
    currencyCode?: string;
    retailPrice?: number;
    unitPrice?: number;
    armRegionName?: string;
    location?: string;
    effectiveStartDate?: string;
    meterName?: string;
    productName?: string;
    skuName?: string;
    serviceName?: string;
    unitOfMeasure?: string;
    type?: string;
    isPrimaryMeterRegion?: boolean;
    armSkuName?: string;
}
export declare function isLinuxPayAsYouGo(item: AzureRetailItem): boolean;
export declare function azureFilter(region: string | undefined): string;
export declare const azureVmFetcher: PriceFetcher;
