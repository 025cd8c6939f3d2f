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
export declare function waitFor<T>(clock: WaitClock, what: string, check: () => Promise<T | undefined>): Promise<T>;
