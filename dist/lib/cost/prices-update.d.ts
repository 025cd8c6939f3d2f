import { type FetchProgress } from "./sources/http.js";
import { type PriceCloud } from "./sources/index.js";
export interface PricesUpdateOptions {
    /** One cloud, or all three. */
    cloud?: string;
    /** Regions of that cloud; empty means every region the provider lists. */
    regions?: string[];
    env: Readonly<Record<string, string | undefined>>;
    config: {
        prices?: {
            cacheDir?: string;
            endpoints?: Partial<Record<PriceCloud, string>>;
        };
    };
    progress?: (e: FetchProgress) => void;
    note?: (line: string) => void;
    signal?: AbortSignal;
    now?: () => Date;
    /** Retry tuning, for tests. */
    http?: {
        attempts?: number;
        baseDelayMs?: number;
    };
}
export interface UpdatedFile {
    name: string;
    /** The regions this run fetched. */
    regions: string[];
    /** The date of the prices this run fetched (the earliest of its regions). */
    asOf: string;
    source: string;
}
export interface PricesUpdateResult {
    cacheDir: string;
    clouds: {
        cloud: PriceCloud;
        files: UpdatedFile[];
    }[];
}
export declare function parseCloud(value: string | undefined): PriceCloud[];
export declare function priceEndpoint(cloud: PriceCloud, env: Readonly<Record<string, string | undefined>>, config: PricesUpdateOptions["config"]): string;
export declare function updatePrices(opts: PricesUpdateOptions): Promise<PricesUpdateResult>;
