/**
 * Bounded polling for a cloud's eventually consistent states (an instance running, a cluster
 * ACTIVE, a group free of network interfaces). Clock and sleep are injected so tests never wait.
 */
import { ProviderOperationError } from "./provider.js";

export interface WaitClock {
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  pollIntervalMs: number;
  timeoutMs: number;
  progress?: ((line: string) => void) | undefined;
}

/**
 * Calls `check` until it returns a value, sleeping between calls; gives up with a Timeout error
 * after `timeoutMs`. Progress is reported at most every ~10 s so long waits stay visible.
 */
export async function waitFor<T>(
  clock: WaitClock,
  what: string,
  check: () => Promise<T | undefined>,
): Promise<T> {
  const started = clock.now();
  let lastReport = started;
  for (;;) {
    const got = await check();
    if (got !== undefined) return got;
    const elapsed = clock.now() - started;
    if (elapsed >= clock.timeoutMs) {
      throw new ProviderOperationError(
        "Timeout",
        `gave up waiting for ${what} after ${Math.round(elapsed / 1000)} s`,
      );
    }
    if (clock.now() - lastReport >= 10_000) {
      clock.progress?.(`still waiting for ${what} (${Math.round(elapsed / 1000)} s)`);
      lastReport = clock.now();
    }
    await clock.sleep(clock.pollIntervalMs);
  }
}
