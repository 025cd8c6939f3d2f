import { type PriceFetcher } from "./fetcher.js";
export declare const awsRdsFetcher: PriceFetcher;
