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
/**
 * Many waits on one kind of resource, served by one describe per poll for every id still waited
 * on (chunks of `maxIds`), instead of one describe per resource per poll: creates that run at the
 * same time share their polls. Each waiter keeps its own check, time limit and progress line.
 */
export declare class BatchPoller<R> {
    private readonly clock;
    /** Whatever of `ids` exists now, by id; an id missing from the answer is "not there". */
    private readonly describe;
    private readonly maxIds;
    private readonly waiters;
    private running;
    constructor(clock: WaitClock, 
    /** Whatever of `ids` exists now, by id; an id missing from the answer is "not there". */
    describe: (ids: string[]) => Promise<ReadonlyMap<string, R>>, maxIds?: number);
    /**
     * Resolves with `check`'s first value other than undefined, given the latest description of
     * `id` (undefined while the cloud does not list it); rejects with what `check` or the describe
     * throws, or with a Timeout after `timeoutMs`. The first look comes one poll interval after the
     * call, since a resource is never ready the instant its create returns.
     */
    wait<T>(id: string, what: string, check: (resource: R | undefined) => T | undefined): Promise<T>;
    private run;
    private poll;
    private settle;
}
