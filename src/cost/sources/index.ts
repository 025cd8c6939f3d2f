/**
 * The table of price fetchers, per cloud, with each cloud's public API base URL. Adding a service
 * is a module in this folder and a line here.
 */
import { AWS_DEFAULT_ENDPOINT } from "./aws-offers.js";
import { awsEc2Fetcher } from "./aws-ec2.js";
import { awsLambdaFetcher } from "./aws-lambda.js";
import { awsRdsFetcher } from "./aws-rds.js";
import { AZURE_DEFAULT_ENDPOINT, azureVmFetcher } from "./azure-vm.js";
import type { PriceCloud, PriceFetcher } from "./fetcher.js";
import { GCP_DEFAULT_ENDPOINT, gcpDiskNetworkFetcher } from "./gcp-disk-network.js";

export const PRICE_FETCHERS: Record<PriceCloud, readonly PriceFetcher[]> = {
  aws: [awsEc2Fetcher, awsRdsFetcher, awsLambdaFetcher],
  azure: [azureVmFetcher],
  gcp: [gcpDiskNetworkFetcher],
};

export const DEFAULT_PRICE_ENDPOINTS: Record<PriceCloud, string> = {
  aws: AWS_DEFAULT_ENDPOINT,
  azure: AZURE_DEFAULT_ENDPOINT,
  gcp: GCP_DEFAULT_ENDPOINT,
};

/** Environment variables that override a cloud's base URL (over config `prices.endpoints`). */
export const PRICE_ENDPOINT_VARIABLES: Record<PriceCloud, string> = {
  aws: "PLAGENTIC_PRICES_AWS_ENDPOINT",
  azure: "PLAGENTIC_PRICES_AZURE_ENDPOINT",
  gcp: "PLAGENTIC_PRICES_GCP_ENDPOINT",
};

export { PRICE_CLOUDS, type PriceCloud, type PriceFetcher } from "./fetcher.js";
export { displayUrl, HttpClient, PriceFetchError, type FetchProgress } from "./http.js";
