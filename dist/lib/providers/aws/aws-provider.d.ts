/**
 * The AWS provider: one handler per type (resources/), dispatched by dispatch.ts. EC2 types use
 * the region's EC2 client; optional types (load balancers...) load their SDK on first use, and
 * the tagging API (discover.ts) tells whether an environment holds any the spec does not name.
 *
 * Live state is read in bulk by ownership tag. Creates carry the ownership tags in the create
 * call itself (TagSpecifications), so nothing is ever untagged, and are idempotent: instances
 * through RunInstances' ClientToken, the other types (which take no token) by finding the resource
 * an earlier attempt tagged with the same token.
 */
import type { EC2Client, EC2ClientConfig } from "@aws-sdk/client-ec2";
import type { Provider, ProviderCapabilities } from "../provider.js";
import type { ProviderDeps } from "../registry.js";
export declare const AWS_TYPES: string[];
export declare const AWS_CAPABILITIES: ProviderCapabilities;
export interface AwsProviderOptions {
    /** One client for every region (tests); otherwise one is built per region from deps. */
    client?: EC2Client;
    /** Bound on attempts per API call under the SDK's standard retry strategy (default 5). */
    maxAttempts?: number;
    /** Replaces the standard retry strategy (tests use ConfiguredRetryStrategy with no delay). */
    retryStrategy?: EC2ClientConfig["retryStrategy"];
    sleep?: (ms: number) => Promise<void>;
    now?: () => number;
    /** Between polls while waiting for a state (default 3 s). */
    pollIntervalMs?: number;
    /** Longest wait for one state change (default: `wait_timeout_seconds` in config, or 30 minutes). */
    timeoutMs?: number;
    /** Clients of other services (tests hand in ones pointed at a fake), by service name. */
    clients?: Readonly<Record<string, {
        destroy(): void;
    }>>;
}
type Deps = Pick<ProviderDeps, "settings" | "env" | "progress">;
export declare function createAwsProviderWith(deps: Deps, options?: AwsProviderOptions): Provider;
export {};
