import { capabilitiesOf, dispatchProvider } from "../dispatch.js";
import { AWS_ADOPTION } from "./adopt.js";
import { awsClientConfig, createEc2Client } from "./client.js";
import { discoverTypes } from "./discover.js";
import { AWS_HANDLERS } from "./resources/index.js";
export const AWS_TYPES = Object.keys(AWS_HANDLERS);
export const AWS_CAPABILITIES = capabilitiesOf(AWS_HANDLERS);
export function createAwsProviderWith(deps, options = {}) {
    const clock = {
        sleep: options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
        now: options.now ?? (() => Date.now()),
        pollIntervalMs: options.pollIntervalMs ?? 3000,
        timeoutMs: options.timeoutMs ??
            (deps.settings.aws?.waitTimeoutSeconds !== undefined
                ? deps.settings.aws.waitTimeoutSeconds * 1000
                : 1_800_000),
        progress: deps.progress,
    };
    const clientOptions = (region) => ({
        region,
        settings: deps.settings,
        env: deps.env,
        ...(options.maxAttempts !== undefined && { maxAttempts: options.maxAttempts }),
        ...(options.retryStrategy !== undefined && { retryStrategy: options.retryStrategy }),
    });
    // One client per service and region, made on first use.
    const clients = new Map();
    function serviceClient(service, region, make) {
        const given = options.clients?.[service];
        if (given)
            return given;
        const key = `${service} ${region}`;
        let c = clients.get(key);
        if (!c) {
            c = make(awsClientConfig(clientOptions(region), service));
            clients.set(key, c);
        }
        return c;
    }
    const ec2For = (region) => options.client ?? serviceClient("EC2", region, () => createEc2Client(clientOptions(region)));
    return dispatchProvider({
        name: "aws",
        handlers: AWS_HANDLERS,
        context: (target) => ({
            ec2: ec2For(target.region),
            client: (service, make) => serviceClient(service, target.region, make),
            clock,
            progress: deps.progress,
        }),
        discover: (ctx, target, types) => discoverTypes(ctx, target, types, AWS_HANDLERS),
        adoption: AWS_ADOPTION,
        async close() {
            for (const c of clients.values())
                c.destroy();
            clients.clear();
        },
    });
}
