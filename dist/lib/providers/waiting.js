/**
 * Bounded polling for a cloud's eventually consistent states (an instance running, a cluster
 * ACTIVE, a group free of network interfaces). Clock and sleep are injected so tests never wait.
 */
import { ProviderOperationError } from "./provider.js";
/**
 * Calls `check` until it returns a value, sleeping between calls; gives up with a Timeout error
 * after `timeoutMs`. Progress is reported at most every ~10 s so long waits stay visible.
 */
export async function waitFor(clock, what, check) {
    const started = clock.now();
    let lastReport = started;
    for (;;) {
        const got = await check();
        if (got !== undefined)
            return got;
        const elapsed = clock.now() - started;
        if (elapsed >= clock.timeoutMs) {
            throw new ProviderOperationError("Timeout", `gave up waiting for ${what} after ${Math.round(elapsed / 1000)} s`);
        }
        if (clock.now() - lastReport >= 10_000) {
            clock.progress?.(`still waiting for ${what} (${Math.round(elapsed / 1000)} s)`);
            lastReport = clock.now();
        }
        await clock.sleep(clock.pollIntervalMs);
    }
}
