/**
 * Work off the request path: webhooks are acknowledged at once and their work runs here, one job
 * at a time per key (a repository, so one environment is never planned and applied concurrently)
 * and at most `concurrency` jobs in all.
 */
export interface WorkQueue {
    push(key: string, job: () => Promise<void>): void;
    /** Jobs queued or running. */
    size(): number;
    /** Resolves when nothing is queued or running (or after `timeoutMs`); returns whether it drained. */
    drain(timeoutMs?: number): Promise<boolean>;
}
export declare function createWorkQueue(opts: {
    concurrency: number;
    onError: (key: string, e: unknown) => void;
}): WorkQueue;
