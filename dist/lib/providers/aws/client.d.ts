/**
 * Building the EC2 client: region from the spec, the default credential chain, an endpoint
 * override for moto or a VPC endpoint, and the SDK's standard retries with a bounded number of
 * attempts. Credentials are never logged or printed.
 */
import { EC2Client, type EC2ClientConfig } from "@aws-sdk/client-ec2";
import type { ProviderDeps } from "../registry.js";
export declare const DEFAULT_MAX_ATTEMPTS = 5;
export interface ClientOptions {
    region: string;
    settings: ProviderDeps["settings"];
    env: ProviderDeps["env"];
    maxAttempts?: number;
    retryStrategy?: EC2ClientConfig["retryStrategy"];
}
/**
 * The endpoint to use, if any: config first, then the SDK's own variables. The SDK reads those
 * only from process.env, and the environment Plagentic is given may be another one.
 */
export declare function endpointOf(settings: ProviderDeps["settings"], env: ProviderDeps["env"], service?: string): string | undefined;
/** What every AWS SDK client shares, whatever its service. */
export type AwsClientConfig = Pick<EC2ClientConfig, "region" | "credentials" | "endpoint" | "retryStrategy" | "retryMode" | "maxAttempts">;
/**
 * The configuration of a client for `service`, named as the SDK's `AWS_ENDPOINT_URL_<SERVICE>`
 * variables name it (`EC2`, `RDS`, `LAMBDA`, `EKS`, `ELASTIC_LOAD_BALANCING_V2`).
 */
export declare function awsClientConfig(opts: ClientOptions, service: string): AwsClientConfig;
export declare function createEc2Client(opts: ClientOptions): EC2Client;
