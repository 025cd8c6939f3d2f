import type { PriceCloud, PriceFetcher } from "./fetcher.js";
export declare const PRICE_FETCHERS: Record<PriceCloud, readonly PriceFetcher[]>;
export declare const DEFAULT_PRICE_ENDPOINTS: Record<PriceCloud, string>;
/** Environment variables that override a cloud's base URL (over config `prices.endpoints`). */
export declare const PRICE_ENDPOINT_VARIABLES: Record<PriceCloud, string>;
export { PRICE_CLOUDS, type PriceCloud, type PriceFetcher } from "./fetcher.js";
export { displayUrl, HttpClient, PriceFetchError, type FetchProgress } from "./http.js";
