/**
 * Building the EC2 client: region from the spec, the default credential chain, an endpoint
 * override for moto or a VPC endpoint, and the SDK's standard retries with a bounded number of
 * attempts. Credentials are never logged or printed.
 */
import { EC2Client } from "@aws-sdk/client-ec2";
import { fromNodeProviderChain } from "@aws-sdk/credential-providers";
export const DEFAULT_MAX_ATTEMPTS = 5;
/**
 * The endpoint to use, if any: config first, then the SDK's own variables. The SDK reads those
 * only from process.env, and the environment Plagentic is given may be another one.
 */
export function endpointOf(settings, env, service = "EC2") {
    const chosen = settings.aws?.endpoint ?? env[`AWS_ENDPOINT_URL_${service}`] ?? env["AWS_ENDPOINT_URL"];
    return chosen === undefined || chosen === "" ? undefined : chosen;
}
/**
 * Static keys given in the environment passed in win, because the default chain reads only
 * process.env; otherwise the default chain (env, profile, web identity for GitHub OIDC, SSO,
 * container and instance metadata).
 */
function credentialsOf(settings, env) {
    const accessKeyId = env["AWS_ACCESS_KEY_ID"];
    const secretAccessKey = env["AWS_SECRET_ACCESS_KEY"];
    if (accessKeyId && secretAccessKey) {
        const sessionToken = env["AWS_SESSION_TOKEN"];
        return { accessKeyId, secretAccessKey, ...(sessionToken && { sessionToken }) };
    }
    const profile = settings.aws?.profile ?? env["AWS_PROFILE"];
    return fromNodeProviderChain(profile ? { profile } : {});
}
/**
 * The configuration of a client for `service`, named as the SDK's `AWS_ENDPOINT_URL_<SERVICE>`
 * variables name it (`EC2`, `RDS`, `LAMBDA`, `EKS`, `ELASTIC_LOAD_BALANCING_V2`).
 */
export function awsClientConfig(opts, service) {
    const endpoint = endpointOf(opts.settings, opts.env, service);
    return {
        region: opts.region,
        credentials: credentialsOf(opts.settings, opts.env),
        ...(endpoint !== undefined && { endpoint }),
        ...(opts.retryStrategy
            ? { retryStrategy: opts.retryStrategy }
            : { retryMode: "standard", maxAttempts: opts.maxAttempts ?? DEFAULT_MAX_ATTEMPTS }),
    };
}
export function createEc2Client(opts) {
    return new EC2Client(awsClientConfig(opts, "EC2"));
}
