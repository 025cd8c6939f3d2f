import { capabilitiesOf, dispatchProvider } from "../dispatch.js";
import { createEc2Client } from "./client.js";
import { AWS_HANDLERS } from "./resources/index.js";
export const AWS_TYPES = Object.keys(AWS_HANDLERS);
export const AWS_CAPABILITIES = capabilitiesOf(AWS_HANDLERS);
export function createAwsProviderWith(deps, options = {}) {
    const clients = new Map();
    const clock = {
        sleep: options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
        now: options.now ?? (() => Date.now()),
        pollIntervalMs: options.pollIntervalMs ?? 3000,
        timeoutMs: options.timeoutMs ?? 600_000,
        progress: deps.progress,
    };
    const clientFor = (region) => {
        if (options.client)
            return options.client;
        let c = clients.get(region);
        if (!c) {
            c = createEc2Client({
                region,
                settings: deps.settings,
                env: deps.env,
                ...(options.maxAttempts !== undefined && { maxAttempts: options.maxAttempts }),
                ...(options.retryStrategy !== undefined && { retryStrategy: options.retryStrategy }),
            });
            clients.set(region, c);
        }
        return c;
    };
    return dispatchProvider({
        name: "aws",
        handlers: AWS_HANDLERS,
        context: (target) => ({ ec2: clientFor(target.region), clock, progress: deps.progress }),
        async close() {
            for (const c of clients.values())
                c.destroy();
            clients.clear();
        },
    });
}
